package org.cypf.socialcare.permanence.adapter.in.http;

import static org.cypf.socialcare.shared.adapter.in.http.LookedAfterRequests.*;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.JsonBodies;
import org.cypf.socialcare.api.permanence.DecidePermanencePlan;
import org.cypf.socialcare.api.permanence.PermanencePlanning;
import org.cypf.socialcare.api.permanence.RecordAdoption;
import org.cypf.socialcare.api.permanence.RecordPreviousPermanence;

/** Permanence for a child in a period of care, mounted at {@value #PATH}/{periodId}. */
public final class PermanenceHttp implements HttpService {
    public static final String PATH = "/permanence";

    record PlanBody(String decidedOn, String plan, Long version) {}

    record AdoptionBody(String decisionDate, String matchedDate, Boolean adoptedByFosterCarer, Integer numberOfAdopters,
                        String sexOfAdopters, String legalStatusOfAdopters, String decisionCeasedDate,
                        String decisionCeasedReason, Long version) {}

    record PreviousBody(String code, String authority, String date, Long version) {}

    private final PermanencePlanning permanence;

    public PermanenceHttp(PermanencePlanning permanence) {
        this.permanence = permanence;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{periodId}", this::get)
                .post("/{periodId}/plans", this::plan)
                .put("/{periodId}/adoption", this::adoption)
                .put("/{periodId}/previous-permanence", this::previous);
    }

    private void get(ServerRequest req, ServerResponse res) {
        JsonBodies.ok(res, permanence.permanence(caller(req), uuid(req, "periodId")));
    }

    private void plan(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        var periodId = uuid(req, "periodId");
        PlanBody body = JsonBodies.read(req, PlanBody.class);
        var v = new Violations();
        var decidedOn = date(v, "decidedOn", body.decidedOn(), true);
        String plan = v.required("plan", body.plan(), s -> s);
        long version = version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, permanence.decidePlan(caller, new DecidePermanencePlan(periodId, decidedOn, plan, version)));
    }

    private void adoption(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        var periodId = uuid(req, "periodId");
        AdoptionBody b = JsonBodies.read(req, AdoptionBody.class);
        var v = new Violations();
        var command = new RecordAdoption(periodId, date(v, "decisionDate", b.decisionDate(), false),
                date(v, "matchedDate", b.matchedDate(), false), b.adoptedByFosterCarer(), b.numberOfAdopters(),
                v.optional("sexOfAdopters", b.sexOfAdopters(), s -> s),
                v.optional("legalStatusOfAdopters", b.legalStatusOfAdopters(), s -> s),
                date(v, "decisionCeasedDate", b.decisionCeasedDate(), false),
                v.optional("decisionCeasedReason", b.decisionCeasedReason(), s -> s), version(v, b.version()));
        v.throwIfAny();
        JsonBodies.ok(res, permanence.recordAdoption(caller, command));
    }

    private void previous(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        var periodId = uuid(req, "periodId");
        PreviousBody b = JsonBodies.read(req, PreviousBody.class);
        var v = new Violations();
        var command = new RecordPreviousPermanence(periodId, v.required("code", b.code(), s -> s),
                v.optional("authority", b.authority(), s -> s), date(v, "date", b.date(), false), version(v, b.version()));
        v.throwIfAny();
        JsonBodies.ok(res, permanence.recordPreviousPermanence(caller, command));
    }
}
