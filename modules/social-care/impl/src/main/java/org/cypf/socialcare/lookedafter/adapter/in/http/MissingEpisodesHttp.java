package org.cypf.socialcare.lookedafter.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.lookedafter.EndMissingEpisode;
import org.cypf.socialcare.api.lookedafter.MissingEpisodeView;
import org.cypf.socialcare.api.lookedafter.MissingFromCare;
import org.cypf.socialcare.api.lookedafter.RecordMissingEpisode;
import org.cypf.socialcare.shared.adapter.in.http.Listings;

/** Missing and away-from-placement episodes of looked-after children, mounted at {@value #PATH}. */
public final class MissingEpisodesHttp implements HttpService {
    public static final String PATH = "/missing-episodes";

    private final MissingFromCare missing;

    public MissingEpisodesHttp(MissingFromCare missing) {
        this.missing = missing;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post("/", RecordMissingEpisode.class, missing::recordMissing).answers(MissingEpisodeView.class)
                .created((MissingEpisodeView episode) -> "/" + episode.missingId());
        routes.get("/", (caller, req) -> Listings.pageOfChild(req, "episodes",
                (child, slice) -> missing.missingEpisodes(caller, child, slice)));
        routes.post("/{missingId}/end", EndMissingEpisode.class, missing::endMissing).answers(MissingEpisodeView.class);
    }
}
