package org.cypf.socialcare.lookedafter.adapter.in.http;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.BindingRules;
import org.cypf.platform.http.RouteRequest;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.RecordReview;
import org.cypf.socialcare.api.lookedafter.StartToBeLookedAfter;
import org.cypf.socialcare.api.lookedafter.ReviewsView;
import org.cypf.socialcare.shared.adapter.in.http.Listings;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;

/**
 * Periods of care, their episodes and reviews, and the children looked after on a date: mounted at social care's
 * prefix itself ({@value SocialCareHttp#PREFIX}).
 */
public final class LookedAfterHttp implements HttpService {
    private static final String PERIODS = "/periods-of-care";

    private final ChildrenLookedAfter lookedAfter;
    private final Clock clock;

    public LookedAfterHttp(ChildrenLookedAfter lookedAfter, Clock clock) {
        this.lookedAfter = lookedAfter;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post(PERIODS, StartToBeLookedAfter.class, lookedAfter::startToBeLookedAfter)
                .answers(PeriodOfCareView.class).created(period -> PERIODS + "/" + period.periodId());
        routes.get(PERIODS + "/{periodId}", (caller, req) -> lookedAfter.periodOfCare(caller, periodId(req)))
                .answers(PeriodOfCareView.class);
        routes.post(PERIODS + "/{periodId}/end", EndPeriodOfCare.class, lookedAfter::endPeriodOfCare)
                .answers(PeriodOfCareView.class);
        // A change names only what RNE says changes: the placement's parts are checked by the domain, per RNE.
        routes.post(PERIODS + "/{periodId}/episodes", ChangeEpisode.class, lookedAfter::changeEpisode).answers(PeriodOfCareView.class)
                .binding(BindingRules.defaults().withOptional("placement.placementType", "placement.provider"));
        routes.post(PERIODS + "/{periodId}/reviews", RecordReview.class, lookedAfter::recordReview)
                .answers(ReviewsView.class).status(Status.CREATED_201);
        routes.get(PERIODS + "/{periodId}/reviews", (caller, req) -> lookedAfter.reviews(caller, periodId(req)))
                .answers(ReviewsView.class);
        routes.get("/children-looked-after", (caller, req) -> Listings.pageOnDate(req, clock, "children",
                (date, slice) -> lookedAfter.lookedAfterOn(caller, date, slice)));
    }

    private static UUID periodId(RouteRequest req) {
        return req.path("periodId", UUID.class);
    }
}
