package org.cypf.socialcare.api.familynetwork;

import java.util.List;
import org.cypf.governance.api.access.Caller;

/**
 * Family network meetings and family group conferences held for a child (S001's universal offer to families with
 * a social worker). Every call is authorised and audited as an access to the child's record.
 */
public interface FamilyNetworkMeetings {

    FamilyNetworkMeetingView recordMeeting(Caller caller, RecordFamilyNetworkMeeting command);

    /** Corrects a meeting recorded earlier. */
    FamilyNetworkMeetingView amendMeeting(Caller caller, AmendFamilyNetworkMeeting command);

    /** The child's meetings, oldest first: every page of the paged list. */
    default List<FamilyNetworkMeetingView> meetings(Caller caller, String childId) {
        return meetings(caller, childId, new org.cypf.kernel.page.Slice(1, Integer.MAX_VALUE)).items();
    }

    /** One page of the child's meetings, oldest first, read and counted in the query. */
    org.cypf.kernel.page.Page<FamilyNetworkMeetingView> meetings(Caller caller, String childId,
                                                                 org.cypf.kernel.page.Slice slice);
}
