package org.cypf.socialcare.lookedafter.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import org.cypf.governance.api.access.Caller;
import org.cypf.socialcare.api.lookedafter.RecordUasc;
import org.cypf.socialcare.api.lookedafter.UnaccompaniedAsylumSeekingChildren;
import org.cypf.socialcare.api.lookedafter.UascView;
import org.cypf.socialcare.shared.adapter.in.http.ChildRoutes;

/** Whether a child is an unaccompanied asylum-seeking child (SSDA903 UASC), mounted at {@value #PATH}. */
public final class UascHttp implements HttpService {
    public static final String PATH = "/unaccompanied-asylum-seeking-children";

    private final UnaccompaniedAsylumSeekingChildren uasc;

    public UascHttp(UnaccompaniedAsylumSeekingChildren uasc) {
        this.uasc = uasc;
    }

    @Override
    public void routing(HttpRules rules) {
        var routes = ChildRoutes.on(rules);
        routes.get("/{childId}", (caller, req) -> uasc.uasc(caller, ChildRoutes.childId(req))).answers(UascView.class);
        routes.put("/{childId}", RecordUasc.class, uasc::recordUasc).answers(UascView.class);
    }
}
