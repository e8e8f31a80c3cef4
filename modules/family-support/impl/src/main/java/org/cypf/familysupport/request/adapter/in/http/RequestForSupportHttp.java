package org.cypf.familysupport.request.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.UUID;
import org.cypf.familysupport.api.request.ReceiveRequestForSupport;
import org.cypf.familysupport.api.request.RecordConsent;
import org.cypf.familysupport.api.request.RecordProviderDecision;
import org.cypf.familysupport.api.request.RequestForSupportView;
import org.cypf.familysupport.api.request.RequestsForSupport;
import org.cypf.familysupport.api.request.TriageRequestForSupport;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.Routes;

/** Requests for support at {@value #PATH}: a child's record, so every route needs a caller. */
public final class RequestForSupportHttp implements HttpService {
    public static final String PATH = "/requests-for-support";

    private final RequestsForSupport requests;

    public RequestForSupportHttp(RequestsForSupport requests) {
        this.requests = requests;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = Routes.on(rules, Caller::from);
        routes.post(PATH, ReceiveRequestForSupport.class, requests::receive)
                .created((RequestForSupportView r) -> PATH + "/" + r.requestId());
        routes.get(PATH + "/{requestId}", (caller, req) -> requests.request(caller, req.path("requestId", UUID.class)))
                .answers(RequestForSupportView.class);
        routes.post(PATH + "/{requestId}/consent", RecordConsent.class, requests::recordConsent);
        routes.post(PATH + "/{requestId}/triage", TriageRequestForSupport.class, requests::triage);
        routes.post(PATH + "/{requestId}/provider-decision", RecordProviderDecision.class,
                requests::recordProviderDecision);
    }
}
