package org.cypf.socialcare.lookedafter.adapter.in.http;

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
import org.cypf.socialcare.api.lookedafter.EndMissingEpisode;
import org.cypf.socialcare.api.lookedafter.MissingEpisodeView;
import org.cypf.socialcare.api.lookedafter.MissingFromCare;
import org.cypf.socialcare.api.lookedafter.RecordMissingEpisode;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;

/** Missing and away-from-placement episodes of looked-after children, mounted at {@value #PATH}. */
public final class MissingEpisodesHttp implements HttpService {
    public static final String PATH = "/missing-episodes";

    record RecordBody(String childId, String kind, String startDate, String endDate) {}

    record EndBody(String endDate, Long version) {}

    private final MissingFromCare missing;

    public MissingEpisodesHttp(MissingFromCare missing) {
        this.missing = missing;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::record)
                .get("/", this::list)
                .post("/{missingId}/end", this::end);
    }

    private void record(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        RecordBody body = JsonBodies.read(req, RecordBody.class);
        var v = new Violations();
        var command = new RecordMissingEpisode(v.required("childId", body.childId(), s -> s),
                v.required("kind", body.kind(), s -> s), date(v, "startDate", body.startDate(), true),
                date(v, "endDate", body.endDate(), false));
        v.throwIfAny();
        MissingEpisodeView created = missing.recordMissing(caller, command);
        res.header(HeaderNames.LOCATION, SocialCareHttp.PREFIX + PATH + "/" + created.missingId());
        JsonBodies.send(res, Status.CREATED_201, created);
    }

    private void list(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        String childId = RequestParameters.query(req, "childId", s -> s)
                .orElseThrow(() -> InvalidInput.of("childId", "is required: whose episodes?"));
        var episodes = missing.missingEpisodes(caller, childId);
        JsonBodies.ok(res, Map.of("childId", childId, "episodes", episodes));
    }

    private void end(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        var id = uuid(req, "missingId");
        EndBody body = JsonBodies.read(req, EndBody.class);
        var v = new Violations();
        var endDate = date(v, "endDate", body.endDate(), true);
        long version = version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, missing.endMissing(caller, new EndMissingEpisode(id, endDate, version)));
    }
}
