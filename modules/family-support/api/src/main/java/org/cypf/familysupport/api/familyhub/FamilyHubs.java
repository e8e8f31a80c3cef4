package org.cypf.familysupport.api.familyhub;

import java.util.List;

/** The partnership's Family Hubs: places, not people, so no child's record is touched. */
public interface FamilyHubs {
    List<FamilyHubView> familyHubs();
}
