package org.cypf.familysupport.familynetwork.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cypf.familysupport.api.familynetwork.DeclineFamilyNetworkMeeting;
import org.cypf.familysupport.api.familynetwork.FamilyNetworkMeetingView;
import org.cypf.familysupport.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.familysupport.api.familynetwork.HoldFamilyNetworkMeeting;
import org.cypf.familysupport.api.familynetwork.OfferFamilyNetworkMeeting;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.PageRequest;
import org.cypf.platform.http.Routes;

/** Family network meetings of early help at {@value #PATH}: a child's record, so every route needs a caller. */
public final class FamilyNetworkHttp implements HttpService {
    public static final String PATH = "/family-network-meetings";

    private final FamilyNetworkMeetings meetings;

    public FamilyNetworkHttp(FamilyNetworkMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post(PATH, OfferFamilyNetworkMeeting.class, meetings::offer)
                .created((FamilyNetworkMeetingView m) -> PATH + "/" + m.meetingId());
        routes.get(PATH, (caller, req) -> {
            PageRequest page = req.page();
            UUID episodeId = req.requiredQuery("episodeId", UUID.class);
            var found = meetings.forEpisode(caller, episodeId, page.page(), page.size());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("episodeId", episodeId);
            answer.put("meetings", found.meetings());
            answer.put("count", found.meetings().size());
            answer.put("page", page.page());
            answer.put("size", page.size());
            answer.put("total", found.total());
            answer.put("hasNext", page.hasNext(found.total()));
            return answer;
        });
        routes.get(PATH + "/{meetingId}", (caller, req) -> meetings.meeting(caller, req.path("meetingId", UUID.class)))
                .answers(FamilyNetworkMeetingView.class);
        routes.post(PATH + "/{meetingId}/decline", DeclineFamilyNetworkMeeting.class, meetings::decline);
        routes.post(PATH + "/{meetingId}/held", HoldFamilyNetworkMeeting.class, meetings::hold);
    }
}
