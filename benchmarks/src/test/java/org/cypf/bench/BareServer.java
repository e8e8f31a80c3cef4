package org.cypf.bench;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;

/**
 * The baseline of the start benchmark: a bare Helidon server on the same classpath, one route, nothing else. Started in
 * a JVM of its own, like CYPF, so both pay for a cold JVM.
 */
public final class BareServer {
    private BareServer() {}

    public static void main(String[] args) {
        WebServer.builder().host("localhost").port(Integer.parseInt(args[0]))
                .routing(r -> r.get("/", (req, res) -> {
                    res.header(HeaderNames.CONTENT_TYPE, "application/json");
                    res.send("{\"status\":\"UP\"}");
                }))
                .build().start();
    }
}
