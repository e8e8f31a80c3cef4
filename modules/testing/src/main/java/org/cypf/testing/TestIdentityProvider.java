package org.cypf.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The identity provider's JWKS endpoint on this machine ({@code /jwks.json}, plain http, loopback only): an app
 * configured with issuer {@link TestTokens#ISSUER} and this URL trusts {@link TestTokens} as production trusts its
 * provider. Usable by an app in this JVM or in one the test forks.
 */
public final class TestIdentityProvider implements AutoCloseable {
    private final HttpServer server;

    private TestIdentityProvider(HttpServer server) {
        this.server = server;
    }

    public static TestIdentityProvider start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] keys = TestTokens.publicKeys().toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                try (var body = exchange.getResponseBody()) {
                    body.write(keys);
                }
            });
            server.start();
            return new TestIdentityProvider(server);
        } catch (IOException e) {
            throw new AssertionError("could not start the test identity provider", e);
        }
    }

    public String jwksUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
