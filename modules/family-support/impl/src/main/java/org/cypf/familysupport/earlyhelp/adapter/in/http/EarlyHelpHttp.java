package org.cypf.familysupport.earlyhelp.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cypf.familysupport.api.earlyhelp.AddTeamMember;
import org.cypf.familysupport.api.earlyhelp.AgreeFamilyPlan;
import org.cypf.familysupport.api.earlyhelp.CloseEarlyHelpEpisode;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodeView;
import org.cypf.familysupport.api.earlyhelp.EarlyHelpEpisodes;
import org.cypf.familysupport.api.earlyhelp.EpisodeFilter;
import org.cypf.familysupport.api.earlyhelp.OpenEarlyHelpEpisode;
import org.cypf.familysupport.api.earlyhelp.RecordEpisodeReview;
import org.cypf.familysupport.api.earlyhelp.RecordFamilyAssessment;
import org.cypf.familysupport.api.earlyhelp.RecordSustainedOutcomeCheck;
import org.cypf.familysupport.api.earlyhelp.StepUpToSocialCare;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.http.PageRequest;
import org.cypf.platform.http.Routes;

/** Early help episodes at {@value #PATH}: a child's record, so every route needs a caller. */
public final class EarlyHelpHttp implements HttpService {
    public static final String PATH = "/early-help-episodes";

    private final EarlyHelpEpisodes episodes;

    public EarlyHelpHttp(EarlyHelpEpisodes episodes) {
        this.episodes = episodes;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post(PATH, OpenEarlyHelpEpisode.class, episodes::open)
                .created((EarlyHelpEpisodeView e) -> PATH + "/" + e.episodeId());
        routes.get(PATH, (caller, req) -> {
            PageRequest page = req.page();
            String status = req.query("status", String.class).orElse(null);
            String lead = req.query("leadPractitioner", String.class).orElse(null);
            if (lead != null && lead.length() > 200) {
                // a user id, as the token names it: never this long, so a filter this long is a mistake, not a search
                throw InvalidInput.of("leadPractitioner", "must be at most 200 characters");
            }
            var found = episodes.episodes(caller, new EpisodeFilter(status, lead), page.page(), page.size());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("episodes", found.episodes());
            answer.put("count", found.episodes().size());
            answer.put("page", page.page());
            answer.put("size", page.size());
            answer.put("total", found.total());
            answer.put("hasNext", page.hasNext(found.total()));
            return answer;
        });
        routes.get(PATH + "/{episodeId}", (caller, req) -> episodes.episode(caller, req.path("episodeId", UUID.class)))
                .answers(EarlyHelpEpisodeView.class);
        routes.post(PATH + "/{episodeId}/assessment", RecordFamilyAssessment.class, episodes::assess);
        routes.post(PATH + "/{episodeId}/plan", AgreeFamilyPlan.class, episodes::agreePlan);
        routes.post(PATH + "/{episodeId}/team", AddTeamMember.class, episodes::addTeamMember);
        routes.post(PATH + "/{episodeId}/reviews", RecordEpisodeReview.class, episodes::review);
        routes.post(PATH + "/{episodeId}/closure", CloseEarlyHelpEpisode.class, episodes::close);
        routes.post(PATH + "/{episodeId}/sustained-outcome-check", RecordSustainedOutcomeCheck.class,
                episodes::checkSustainedOutcomes);
        routes.post(PATH + "/{episodeId}/step-up", StepUpToSocialCare.class, episodes::stepUp);
    }
}
