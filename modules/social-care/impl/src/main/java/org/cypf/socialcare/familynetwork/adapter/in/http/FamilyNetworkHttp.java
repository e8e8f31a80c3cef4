package org.cypf.socialcare.familynetwork.adapter.in.http;

import static org.cypf.socialcare.shared.adapter.in.http.LookedAfterRequests.*;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.RequestParameters;
import org.cypf.socialcare.api.familynetwork.AmendFamilyNetworkMeeting;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetingView;
import org.cypf.socialcare.api.familynetwork.FamilyNetworkMeetings;
import org.cypf.socialcare.api.familynetwork.RecordFamilyNetworkMeeting;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;

/** Family network meetings and family group conferences, mounted at {@value #PATH}. */
public final class FamilyNetworkHttp implements HttpService {
    public static final String PATH = "/family-network-meetings";

    record RecordBody(String childId, String heldOn, String type, String outcome) {}

    record AmendBody(String heldOn, String type, String outcome, Long version) {}

    private final FamilyNetworkMeetings meetings;

    public FamilyNetworkHttp(FamilyNetworkMeetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::record)
                .get("/", this::list)
                .put("/{meetingId}", this::amend);
    }

    private void record(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        RecordBody b = JsonBodies.read(req, RecordBody.class);
        var v = new Violations();
        var command = new RecordFamilyNetworkMeeting(v.required("childId", b.childId(), s -> s),
                date(v, "heldOn", b.heldOn(), true), v.required("type", b.type(), s -> s),
                v.required("outcome", b.outcome(), s -> s));
        v.throwIfAny();
        FamilyNetworkMeetingView created = meetings.recordMeeting(caller, command);
        res.header(HeaderNames.LOCATION, SocialCareHttp.PREFIX + PATH + "/" + created.meetingId());
        JsonBodies.send(res, Status.CREATED_201, created);
    }

    private void list(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        String childId = RequestParameters.query(req, "childId", s -> s)
                .orElseThrow(() -> InvalidInput.of("childId", "is required: whose meetings?"));
        JsonBodies.ok(res, Map.of("childId", childId, "meetings", meetings.meetings(caller, childId)));
    }

    private void amend(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        var id = uuid(req, "meetingId");
        AmendBody b = JsonBodies.read(req, AmendBody.class);
        var v = new Violations();
        var command = new AmendFamilyNetworkMeeting(id, date(v, "heldOn", b.heldOn(), true),
                v.required("type", b.type(), s -> s), v.required("outcome", b.outcome(), s -> s), version(v, b.version()));
        v.throwIfAny();
        JsonBodies.ok(res, meetings.amendMeeting(caller, command));
    }
}
