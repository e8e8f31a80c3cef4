package org.cypf.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cypf.platform.json.JsonMapping;
import org.junit.jupiter.api.Test;

/**
 * What the server refuses before routing (oversized headers, an oversized request line, a malformed header) is
 * problem+json too, sent over a raw socket as a hostile client would (issue 9).
 */
@ServerTest
class TransportProblemsTest {
    private final int port;

    TransportProblemsTest(WebServer server) {
        this.port = server.port();
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.directHandlers(TransportProblems.handlers());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        ProblemResponses.register(routing);
        routing.get("/hello", (req, res) -> JsonBodies.ok(res, "hello"));
    }

    record Answer(int status, String head, JsonNode body) {}

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            String text = "";
            int n;
            while ((n = in.read(buffer)) > 0) {
                read.write(buffer, 0, n);
                text = read.toString(StandardCharsets.UTF_8);
                int split = text.indexOf("\r\n\r\n");
                if (split > 0) {
                    int length = contentLength(text.substring(0, split));
                    if (text.length() - split - 4 >= length) {
                        break;
                    }
                }
            }
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            int status = Integer.parseInt(head.split(" ")[1]);
            return new Answer(status, head.toLowerCase(Locale.ROOT),
                    JsonMapping.clients().readTree(text.substring(split + 4)));
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        return Integer.MAX_VALUE;
    }

    private static void assertProblem(Answer answer) {
        assertTrue(answer.status() >= 400 && answer.status() < 500, () -> "a client error: " + answer.status());
        assertTrue(answer.head().contains("content-type: " + ProblemResponses.MEDIA_TYPE), answer.head());
        assertEquals(answer.status(), answer.body().get("status").asInt());
        assertFalse(answer.body().get("detail").asText().isBlank());
    }

    @Test
    void a_normal_request_is_routed() throws IOException {
        Answer answer = send("GET /hello HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(200, answer.status());
        assertEquals("hello", answer.body().asText());
    }

    @Test
    void headers_over_the_limit_are_refused_as_problem_json() throws IOException {
        String big = "x".repeat(20 * 1024);
        Answer answer = send("GET /hello HTTP/1.1\r\nHost: localhost\r\nX-Big: " + big + "\r\n\r\n");
        assertProblem(answer);
    }

    @Test
    void a_request_line_over_the_limit_is_refused_as_problem_json() throws IOException {
        Answer answer = send("GET /hello?q=" + "y".repeat(8 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertProblem(answer);
    }

    @Test
    void a_malformed_header_is_refused_as_problem_json_without_echoing_it() throws IOException {
        Answer answer = send("GET /hello HTTP/1.1\r\nHost: localhost\r\nNo colon here child C1001\r\n\r\n");
        assertProblem(answer);
        assertFalse(answer.body().toString().contains("C1001"), "the request is not echoed");
    }
}
