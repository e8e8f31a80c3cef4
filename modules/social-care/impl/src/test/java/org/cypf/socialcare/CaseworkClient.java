package org.cypf.socialcare;

import org.cypf.testing.TestTokens;
import static org.cypf.socialcare.SocialCareFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import java.util.ArrayList;
import java.util.List;
import org.cypf.platform.http.ProblemResponses;

/** Calls social care's casework resources over a real socket as a council social worker (or as someone else). */
public final class CaseworkClient {
    private final Http1Client client;

    public CaseworkClient(Http1Client client) {
        this.client = client;
    }

    /** What came back: status, content type, JSON body and Location. */
    public record Answer(int status, String contentType, JsonNode body, String location) {
        public List<String> fields() {
            List<String> fields = new ArrayList<>();
            body.path("errors").forEach(e -> fields.add(e.get("field").asText()));
            return fields;
        }

        public String text(String pointer) {
            return body.at(pointer).asText();
        }

        public long version() {
            return body.get("version").asLong();
        }
    }

    public Http1ClientRequest as(Http1ClientRequest request, String organisation) {
        return request.header(HeaderNames.AUTHORIZATION, TestTokens.bearer("sw.smith", organisation, "social-worker"));
    }

    public Answer post(String path, String body) {
        return answer(as(client.post(path), SocialCareFixture.PARTNER)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body));
    }

    public Answer put(String path, String body) {
        return answer(as(client.put(path), SocialCareFixture.PARTNER)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body));
    }

    public Answer postAs(String organisation, String path, String body) {
        return answer(as(client.post(path), organisation).header(HeaderNames.CONTENT_TYPE, "application/json").submit(body));
    }

    public Answer postAnonymously(String path, String body) {
        return answer(client.post(path).header(HeaderNames.CONTENT_TYPE, "application/json").submit(body));
    }

    public Answer get(String path) {
        return answer(as(client.get(path), SocialCareFixture.PARTNER).request());
    }

    public Answer get(String path, String query, String value) {
        return answer(as(client.get(path), SocialCareFixture.PARTNER).queryParam(query, value).request());
    }

    /** With several query parameters, e.g. {@code get(path, Map.of("date", "2025-06-05", "page", "2"))}. */
    public Answer get(String path, java.util.Map<String, String> query) {
        var request = as(client.get(path), SocialCareFixture.PARTNER);
        query.forEach(request::queryParam);
        return answer(request.request());
    }

    /** A success: {@code status}, JSON. */
    public Answer ok(int status, Answer answer) {
        assertEquals(status, answer.status(), () -> answer.body().toString());
        assertEquals("application/json", answer.contentType());
        return answer;
    }

    /** A problem: {@code status}, problem+json naming the status. */
    public Answer problem(int status, Answer answer) {
        assertEquals(status, answer.status(), () -> answer.body().toString());
        assertEquals(ProblemResponses.MEDIA_TYPE, answer.contentType());
        assertEquals(status, answer.body().get("status").asInt());
        return answer;
    }

    private static Answer answer(Http1ClientResponse response) {
        try (response) {
            return new Answer(response.status().code(), response.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    json(response.as(String.class)), response.headers().first(HeaderNames.LOCATION).orElse(null));
        }
    }
}
