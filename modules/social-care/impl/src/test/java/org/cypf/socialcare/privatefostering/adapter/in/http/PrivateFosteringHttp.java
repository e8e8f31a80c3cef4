package org.cypf.socialcare.privatefostering.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.BindingRules;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.privatefostering.ArrangementView;
import org.cypf.socialcare.api.privatefostering.EndArrangement;
import org.cypf.socialcare.api.privatefostering.NotifyArrangement;
import org.cypf.socialcare.api.privatefostering.PrivateFostering;

/** Private fostering arrangements, mounted at {@value #PATH}. */
public final class PrivateFosteringHttp implements HttpService {
    public static final String PATH = "/private-fostering-arrangements";

    private final PrivateFostering fostering;

    public PrivateFosteringHttp(PrivateFostering fostering) {
        this.fostering = fostering;
    }

    @Override
    public void routing(HttpRules rules) {
        // A child may have no UPN or NHS number yet; the looked-after api's record is shared with routes that differ.
        var routes = Routes.on(rules, Caller::fromHeaders)
                .binding(BindingRules.defaults().withOptional("child.upn", "child.nhsNumber"));
        routes.post("/", NotifyArrangement.class, fostering::notifyArrangement)
                .created((ArrangementView view) -> "/" + view.arrangementId());
        routes.post("/{arrangementId}/end", EndArrangement.class, fostering::end);
    }
}
