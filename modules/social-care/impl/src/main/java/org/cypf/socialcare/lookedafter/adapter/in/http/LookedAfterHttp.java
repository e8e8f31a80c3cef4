package org.cypf.socialcare.lookedafter.adapter.in.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.JsonBodies;
import org.cypf.platform.http.RequestParameters;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.RecordReview;
import org.cypf.socialcare.api.lookedafter.StartToBeLookedAfter;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;

/**
 * Periods of care, their episodes and reviews, and the children looked after on a date: mounted at social care's
 * prefix itself ({@value SocialCareHttp#PREFIX}). Bodies are read as text fields and parsed here, so every
 * malformed field is reported by name in one problem; domain rules are checked by the domain.
 */
public final class LookedAfterHttp implements HttpService {
    /** Request bodies: exactly the fields a client may send (unknown fields are refused). */
    record ChildBody(String localChildId, String upn, String nhsNumber, String dateOfBirth, String sex) {}

    record PlacementBody(String placementType, String provider, String postcode, String urn) {}

    record StartBody(ChildBody child, String startDate, String legalStatus, String categoryOfNeed,
                     PlacementBody placement, String homePostcode) {}

    record EndBody(String endDate, String reasonCeased, Long version) {}

    record ChangeBody(String date, String reasonForNewEpisode, String legalStatus, String categoryOfNeed,
                      PlacementBody placement, String reasonPlaceChange, Long version) {}

    record ReviewBody(String date, String participation) {}

    private final ChildrenLookedAfter lookedAfter;
    private final Clock clock;

    public LookedAfterHttp(ChildrenLookedAfter lookedAfter, Clock clock) {
        this.lookedAfter = lookedAfter;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/periods-of-care", this::start)
                .get("/periods-of-care/{periodId}", this::get)
                .post("/periods-of-care/{periodId}/end", this::end)
                .post("/periods-of-care/{periodId}/episodes", this::changeEpisode)
                .post("/periods-of-care/{periodId}/reviews", this::recordReview)
                .get("/periods-of-care/{periodId}/reviews", this::reviews)
                .get("/children-looked-after", this::lookedAfterOn);
    }

    private void start(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        StartBody body = JsonBodies.read(req, StartBody.class);
        var v = new Violations();
        ChildBody child = body.child();
        if (child == null) {
            v.add("child", "is required");
            child = new ChildBody(null, null, null, null, null);
        }
        PlacementBody placement = body.placement();
        if (placement == null) {
            v.add("placement", "is required");
            placement = new PlacementBody(null, null, null, null);
        }
        var details = new ChildDetails(
                v.required("child.localChildId", child.localChildId(), s -> s),
                v.optional("child.upn", child.upn(), UniquePupilNumber::parse),
                v.optional("child.nhsNumber", child.nhsNumber(), NhsNumber::parse),
                v.required("child.dateOfBirth", child.dateOfBirth(), LocalDate::parse),
                v.required("child.sex", child.sex(), s -> s));
        var command = new StartToBeLookedAfter(details,
                v.required("startDate", body.startDate(), LocalDate::parse),
                v.required("legalStatus", body.legalStatus(), s -> s),
                v.required("categoryOfNeed", body.categoryOfNeed(), s -> s),
                new Placement(v.required("placement.placementType", placement.placementType(), s -> s),
                        v.required("placement.provider", placement.provider(), s -> s),
                        v.optional("placement.postcode", placement.postcode(), Postcode::parse),
                        v.optional("placement.urn", placement.urn(), s -> s)),
                v.optional("homePostcode", body.homePostcode(), Postcode::parse));
        v.throwIfAny();
        PeriodOfCareView created = lookedAfter.startToBeLookedAfter(caller, command);
        res.header(HeaderNames.LOCATION, SocialCareHttp.PREFIX + "/periods-of-care/" + created.periodId());
        JsonBodies.send(res, Status.CREATED_201, created);
    }

    private void get(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = RequestParameters.path(req, "periodId", UUID::fromString);
        JsonBodies.ok(res, lookedAfter.periodOfCare(caller, id));
    }

    private void end(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = RequestParameters.path(req, "periodId", UUID::fromString);
        EndBody body = JsonBodies.read(req, EndBody.class);
        var v = new Violations();
        LocalDate endDate = v.required("endDate", body.endDate(), LocalDate::parse);
        String reason = v.required("reasonCeased", body.reasonCeased(), s -> s);
        v.check(body.version() != null, "version", "is required: send the version you read");
        v.throwIfAny();
        JsonBodies.ok(res, lookedAfter.endPeriodOfCare(caller, new EndPeriodOfCare(id, endDate, reason, body.version())));
    }

    private void changeEpisode(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = RequestParameters.path(req, "periodId", UUID::fromString);
        ChangeBody body = JsonBodies.read(req, ChangeBody.class);
        var v = new Violations();
        PlacementBody p = body.placement();
        Placement placement = p == null ? null : new Placement(
                v.optional("placement.placementType", p.placementType(), s -> s),
                v.optional("placement.provider", p.provider(), s -> s),
                v.optional("placement.postcode", p.postcode(), Postcode::parse),
                v.optional("placement.urn", p.urn(), s -> s));
        var command = new ChangeEpisode(id, v.required("date", body.date(), LocalDate::parse),
                v.required("reasonForNewEpisode", body.reasonForNewEpisode(), s -> s),
                v.optional("legalStatus", body.legalStatus(), s -> s),
                v.optional("categoryOfNeed", body.categoryOfNeed(), s -> s), placement,
                v.optional("reasonPlaceChange", body.reasonPlaceChange(), s -> s),
                body.version() == null ? -1 : body.version());
        v.check(body.version() != null, "version", "is required: send the version you read");
        v.throwIfAny();
        JsonBodies.ok(res, lookedAfter.changeEpisode(caller, command));
    }

    private void recordReview(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = RequestParameters.path(req, "periodId", UUID::fromString);
        ReviewBody body = JsonBodies.read(req, ReviewBody.class);
        var v = new Violations();
        var command = new RecordReview(id, v.required("date", body.date(), LocalDate::parse),
                v.required("participation", body.participation(), s -> s));
        v.throwIfAny();
        JsonBodies.send(res, Status.CREATED_201, lookedAfter.recordReview(caller, command));
    }

    private void reviews(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        UUID id = RequestParameters.path(req, "periodId", UUID::fromString);
        JsonBodies.ok(res, lookedAfter.reviews(caller, id));
    }

    private void lookedAfterOn(ServerRequest req, ServerResponse res) {
        Caller caller = caller(req);
        LocalDate date = RequestParameters.query(req, "date", LocalDate::parse).orElse(LocalDate.now(clock));
        var children = lookedAfter.lookedAfterOn(caller, date);
        JsonBodies.ok(res, Map.of("date", date, "count", children.size(), "children", children));
    }

    private static Caller caller(ServerRequest req) {
        return Caller.fromHeaders(name -> RequestParameters.header(req, name));
    }
}
