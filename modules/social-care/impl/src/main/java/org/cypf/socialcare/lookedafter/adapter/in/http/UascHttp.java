package org.cypf.socialcare.lookedafter.adapter.in.http;

import static org.cypf.socialcare.shared.adapter.in.http.LookedAfterRequests.*;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.http.JsonBodies;
import org.cypf.socialcare.api.lookedafter.RecordUasc;
import org.cypf.socialcare.api.lookedafter.UnaccompaniedAsylumSeekingChildren;

/** Whether a child is an unaccompanied asylum-seeking child (SSDA903 UASC), mounted at {@value #PATH}. */
public final class UascHttp implements HttpService {
    public static final String PATH = "/unaccompanied-asylum-seeking-children";

    record Body(String dateCeased, Long version) {}

    private final UnaccompaniedAsylumSeekingChildren uasc;

    public UascHttp(UnaccompaniedAsylumSeekingChildren uasc) {
        this.uasc = uasc;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{childId}", this::get)
                .put("/{childId}", this::put);
    }

    private void get(ServerRequest req, ServerResponse res) {
        JsonBodies.ok(res, uasc.uasc(caller(req), childId(req)));
    }

    private void put(ServerRequest req, ServerResponse res) {
        var caller = caller(req);
        String childId = childId(req);
        Body body = JsonBodies.read(req, Body.class);
        var v = new Violations();
        var ceased = date(v, "dateCeased", body.dateCeased(), false);
        long version = version(v, body.version());
        v.throwIfAny();
        JsonBodies.ok(res, uasc.recordUasc(caller, new RecordUasc(childId, ceased, version)));
    }
}
