package org.cypf.familysupport.api.familyhub;

import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/** The partnership's Family Hubs: places, not people, so no child's record is touched. */
public interface FamilyHubs {
    /** One page of the Family Hubs, by name, read by the store a page at a time. */
    Page<FamilyHubView> familyHubs(Slice slice);
}
