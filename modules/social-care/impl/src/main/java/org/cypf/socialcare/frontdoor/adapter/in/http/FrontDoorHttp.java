package org.cypf.socialcare.frontdoor.adapter.in.http;

import static org.cypf.socialcare.shared.adapter.in.http.CaseworkRequests.caller;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.RequestParameters;
import org.cypf.socialcare.api.frontdoor.ContactView;
import org.cypf.socialcare.api.frontdoor.DecideContact;
import org.cypf.socialcare.api.frontdoor.FamilyMember;
import org.cypf.socialcare.api.frontdoor.FrontDoor;
import org.cypf.socialcare.api.frontdoor.RecordContact;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.shared.adapter.in.http.CaseworkRequests;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;

/**
 * The front door's resources, mounted at {@value #PATH} under social care's prefix: contacts, the decision on each,
 * and the contacts that breached the one-working-day timescale.
 */
public final class FrontDoorHttp implements HttpService {
    public static final String PATH = "/contacts";

    record FamilyMemberBody(String name, String relationship) {}

    record ContactBody(CaseworkRequests.ChildBody child, String receivedAt, String source, String referrerName,
                       String referrerOrganisation, String worry, List<FamilyMemberBody> familyMembers) {}

    record DecisionBody(String decision, String decidedAt, String note, Long version) {}

    private final FrontDoor frontDoor;
    private final Clock clock;

    public FrontDoorHttp(FrontDoor frontDoor, Clock clock) {
        this.frontDoor = frontDoor;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::record)
                .get("/breaches", this::breaches)
                .get("/{contactId}", this::get)
                .post("/{contactId}/decision", this::decide);
    }

    private void record(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        ContactBody body = JsonBodies.read(req, ContactBody.class);
        var v = new Violations();
        ChildDetails child = CaseworkRequests.child(v, body.child());
        List<FamilyMember> members = new ArrayList<>();
        List<FamilyMemberBody> named = body.familyMembers() == null ? List.of() : body.familyMembers();
        for (int i = 0; i < named.size(); i++) {
            FamilyMemberBody m = named.get(i);
            if (m == null) {
                v.add("familyMembers[" + i + "]", "is required");
            } else {
                members.add(new FamilyMember(m.name(), m.relationship()));
            }
        }
        var command = new RecordContact(child,
                v.required("receivedAt", body.receivedAt(), CaseworkRequests::instant),
                v.required("source", body.source(), s -> s),
                body.referrerName(), body.referrerOrganisation(),
                v.required("worry", body.worry(), s -> s),
                members);
        v.throwIfAny();
        ContactView created = frontDoor.recordContact(caller, command);
        res.header(HeaderNames.LOCATION, SocialCareHttp.PREFIX + PATH + "/" + created.contactId());
        JsonBodies.send(res, Status.CREATED_201, created);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = RequestParameters.path(req, "contactId", UUID::fromString);
        JsonBodies.ok(res, frontDoor.contact(caller, id));
    }

    private void decide(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = RequestParameters.path(req, "contactId", UUID::fromString);
        DecisionBody body = JsonBodies.read(req, DecisionBody.class);
        var v = new Violations();
        String decision = v.required("decision", body.decision(), s -> s);
        var decidedAt = v.required("decidedAt", body.decidedAt(), CaseworkRequests::instant);
        long version = CaseworkRequests.version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, frontDoor.decide(caller, new DecideContact(id, decision, decidedAt, body.note(), version)));
    }

    private void breaches(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        LocalDate date = RequestParameters.query(req, "date", LocalDate::parse).orElse(LocalDate.now(clock));
        var breaches = frontDoor.breaches(caller, date);
        JsonBodies.ok(res, Map.of("date", date, "count", breaches.size(), "contacts", breaches));
    }
}
