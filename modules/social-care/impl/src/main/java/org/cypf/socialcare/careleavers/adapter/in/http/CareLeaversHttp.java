package org.cypf.socialcare.careleavers.adapter.in.http;

import static org.cypf.socialcare.shared.adapter.in.http.LookedAfterRequests.*;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.RequestParameters;
import org.cypf.socialcare.api.careleavers.CareLeavers;
import org.cypf.socialcare.api.careleavers.RecordBirthdayContact;
import org.cypf.socialcare.api.careleavers.RecordPathway;

/** Care leavers, mounted at {@value #PATH}. */
public final class CareLeaversHttp implements HttpService {
    public static final String PATH = "/care-leavers";

    record PathwayBody(String pathwayPlanDate, String personalAdviser, String personalAdviserFrom, Long version) {}

    record BirthdayBody(String inTouch, String activity, String accommodation, Long version) {}

    private final CareLeavers careLeavers;
    private final Clock clock;

    public CareLeaversHttp(CareLeavers careLeavers, Clock clock) {
        this.careLeavers = careLeavers;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/eighteenth-birthdays", this::eighteenthBirthdays)
                .get("/{childId}", this::get)
                .put("/{childId}/pathway", this::pathway)
                .put("/{childId}/birthdays/{age}", this::birthday);
    }

    private void get(ServerRequest req, ServerResponse res) {
        JsonBodies.ok(res, careLeavers.careLeaver(caller(req), childId(req)));
    }

    private void pathway(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        String childId = childId(req);
        PathwayBody b = JsonBodies.read(req, PathwayBody.class);
        var v = new Violations();
        var command = new RecordPathway(childId, date(v, "pathwayPlanDate", b.pathwayPlanDate(), false),
                v.optional("personalAdviser", b.personalAdviser(), s -> s),
                date(v, "personalAdviserFrom", b.personalAdviserFrom(), false), version(v, b.version()));
        v.throwIfAny();
        JsonBodies.ok(res, careLeavers.recordPathway(caller, command));
    }

    private void birthday(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        String childId = childId(req);
        int age = RequestParameters.path(req, "age", Integer::parseInt);
        BirthdayBody b = JsonBodies.read(req, BirthdayBody.class);
        var v = new Violations();
        var command = new RecordBirthdayContact(childId, age, v.required("inTouch", b.inTouch(), s -> s),
                v.optional("activity", b.activity(), s -> s), v.optional("accommodation", b.accommodation(), s -> s),
                version(v, b.version()));
        v.throwIfAny();
        JsonBodies.ok(res, careLeavers.recordBirthday(caller, command));
    }

    /** For a daily scheduler or an operator: publishes the 18th birthdays of the year to {@code asAt} (today by default). */
    private void eighteenthBirthdays(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        LocalDate asAt = RequestParameters.query(req, "asAt", LocalDate::parse).orElse(LocalDate.now(clock));
        JsonBodies.ok(res, careLeavers.recordEighteenthBirthdays(caller, asAt));
    }
}
