package org.cypf.socialcare;

import io.helidon.webserver.http.HttpRouting;
import org.cypf.testing.context.SecuredRouting;
import org.cypf.socialcare.shared.adapter.in.http.SocialCareHttp;

/** Social care served over a real socket for an HTTP test: its resources under their prefix, refusals as problem+json,
 * every route behind the bearer-token filter trusting {@code TestTokens}. */
public final class SocialCareOverHttp {
    private SocialCareOverHttp() {}

    /**
     * Starts social care on its own PostgreSQL (a partnership of 20,000 children) and routes to it; call from the
     * test's {@code @SetUpRoute}, which runs before {@code @BeforeAll}: the server is built once per class, with the
     * database it serves. Close the fixture in {@code @AfterAll}.
     */
    public static SocialCareFixture serve(HttpRouting.Builder routing, String name) {
        SocialCareFixture f = SocialCareFixture.start(name, 20_000);
        SecuredRouting.prepare(routing);
        routing.register(SocialCareHttp.PREFIX, f.context.http());
        return f;
    }
}
