package org.cypf.socialcare.shared.adapter.in.http;

import io.helidon.webserver.http.HttpRules;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.platform.http.BindingRules;
import org.cypf.platform.http.RouteRequest;
import org.cypf.platform.http.Routes;

/**
 * Routes of resources found by the child ({@code /{childId}}): the api's commands carry the child's id as text (the
 * use case reads it as a ChildId), but a path's id must be a UUID, refused by name otherwise.
 */
public final class ChildRoutes {
    private ChildRoutes() {}

    /** Routes whose {@code childId}, in the path or a command, is checked as a UUID. */
    public static Routes<Caller> on(HttpRules rules) {
        return Routes.on(rules, Caller::from)
                .binding(BindingRules.defaults().withTextFormat("childId", UUID.class));
    }

    /** The path's child id, checked as a UUID, in its canonical text. */
    public static String childId(RouteRequest req) {
        return req.path("childId", String.class);
    }
}
