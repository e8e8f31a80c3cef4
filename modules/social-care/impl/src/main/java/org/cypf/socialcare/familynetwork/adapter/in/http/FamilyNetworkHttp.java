package org.cypf.socialcare.familynetwork.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.familynetwork.AmendFamilyNetworkMeeting;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetingView;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.socialcare.api.familynetwork.RecordFamilyNetworkMeeting;
import org.cypf.socialcare.shared.adapter.in.http.Listings;

/** Family network meetings and family group conferences, mounted at {@value #PATH}. */
public final class FamilyNetworkHttp implements HttpService {
    public static final String PATH = "/family-network-meetings";

    private final FamilyNetworkMeetings meetings;

    public FamilyNetworkHttp(FamilyNetworkMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/", RecordFamilyNetworkMeeting.class, meetings::recordMeeting).answers(FamilyNetworkMeetingView.class)
                .created((FamilyNetworkMeetingView meeting) -> "/" + meeting.meetingId());
        routes.get("/", (caller, req) -> Listings.pageOfChild(req, "meetings",
                (child, slice) -> meetings.meetings(caller, child, slice)));
        routes.put("/{meetingId}", AmendFamilyNetworkMeeting.class, meetings::amendMeeting)
                .answers(FamilyNetworkMeetingView.class);
    }
}
