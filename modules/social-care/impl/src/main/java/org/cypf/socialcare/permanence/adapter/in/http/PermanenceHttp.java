package org.cypf.socialcare.permanence.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;
import org.cypf.socialcare.api.permanence.DecidePermanencePlan;
import org.cypf.socialcare.api.permanence.PermanencePlanning;
import org.cypf.socialcare.api.permanence.RecordAdoption;
import org.cypf.socialcare.api.permanence.RecordPreviousPermanence;
import org.cypf.socialcare.api.permanence.PermanenceView;

/** Permanence for a child in a period of care, mounted at {@value #PATH}/{periodId}. */
public final class PermanenceHttp implements HttpService {
    public static final String PATH = "/permanence";

    private final PermanencePlanning permanence;

    public PermanenceHttp(PermanencePlanning permanence) {
        this.permanence = permanence;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::fromHeaders);
        routes.get("/{periodId}", (caller, req) -> permanence.permanence(caller, req.path("periodId", UUID.class)))
                .answers(PermanenceView.class);
        routes.post("/{periodId}/plans", DecidePermanencePlan.class, permanence::decidePlan).answers(PermanenceView.class);
        routes.put("/{periodId}/adoption", RecordAdoption.class, permanence::recordAdoption).answers(PermanenceView.class);
        routes.put("/{periodId}/previous-permanence", RecordPreviousPermanence.class, permanence::recordPreviousPermanence)
                .answers(PermanenceView.class);
    }
}
