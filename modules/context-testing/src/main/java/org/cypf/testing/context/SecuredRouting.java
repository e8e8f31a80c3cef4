package org.cypf.testing.context;

import io.helidon.webserver.http.HttpRouting;
import org.cypf.platform.http.Authentication;
import org.cypf.platform.http.ProblemResponses;
import org.cypf.testing.TestTokens;

/**
 * A test server's routing as the application's is: refusals answered as problem+json, and every route behind
 * {@link Authentication}, trusting the tokens of {@link TestTokens} (ADR 0021). Call it first in {@code @SetUpRoute},
 * then send {@code Authorization: TestTokens.bearer(user, organisation, roles...)}.
 */
public final class SecuredRouting {
    private SecuredRouting() {}

    public static HttpRouting.Builder prepare(HttpRouting.Builder routing) {
        ProblemResponses.register(routing);
        routing.addFilter(Authentication.trusting(TestTokens.ISSUER, TestTokens.publicKeys()));
        return routing;
    }
}
