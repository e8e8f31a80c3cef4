package org.cypf.familysupport.api.familynetwork;

import java.util.List;

/** One page of meetings and how many there are on every page. */
public record FamilyNetworkMeetingPage(List<FamilyNetworkMeetingView> meetings, long total) {
    public FamilyNetworkMeetingPage {
        meetings = List.copyOf(meetings);
    }
}
