package org.cypf.governance.scorecard.adapter.in.http;

import org.cypf.testing.TestTokens;
import org.cypf.platform.http.Authentication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.FakeMeasureSource;
import org.cypf.governance.GovernanceFixture;
import org.cypf.platform.http.ProblemResponses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** GET /governance/scorecard over a real socket, on the real catalogue, with a fake social-care source. */
@ServerTest
class GovernanceHttpTest {
    private static GovernanceFixture f;
    private static FakeMeasureSource source;
    private final Http1Client client;

    GovernanceHttpTest(Http1Client client) {
        this.client = client;
    }

    /** Scorecards count, they name no child: a board member reads them. */
    private static final String BOARD_MEMBER = TestTokens.bearer("bm.ahmed", "council", "board-member");

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        // Runs before @BeforeAll: the server is built once per class, with the database it serves.
        f = GovernanceFixture.start("governance http");
        source = FakeMeasureSource.socialCare();
        ProblemResponses.register(routing);
        routing.addFilter(Authentication.trusting(TestTokens.ISSUER, TestTokens.publicKeys()));
        routing.register(GovernanceHttp.PREFIX, f.context.http(f.context.scorecards(List.of(source))));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private record Answer(int status, String contentType, JsonNode body) {}

    private static Answer answer(Http1ClientResponse response) {
        try (response) {
            return new Answer(response.status().code(), response.headers().first(HeaderNames.CONTENT_TYPE).orElse(null),
                    GovernanceFixture.json(response.as(String.class)));
        }
    }

    private static JsonNode line(JsonNode card, String measureId) {
        for (JsonNode l : card.get("measures")) {
            if (l.get("measureId").asText().equals(measureId)) {
                return l;
            }
        }
        throw new AssertionError(measureId + " not in " + card);
    }

    @Test
    void the_scorecard_on_a_date_carries_each_value_and_where_it_came_from() {
        Answer card = answer(client.get("/governance/scorecard").header(HeaderNames.AUTHORIZATION, BOARD_MEMBER).queryParam("date", "2025-03-31").request());

        assertEquals(200, card.status());
        assertEquals("application/json", card.contentType());
        assertEquals("2025-03-31", card.body().get("asAt").asText());
        JsonNode count = line(card.body(), "CLA-COUNT");
        assertEquals(431, count.get("value").asInt());
        assertTrue(count.get("numerator").isNull());
        assertEquals("social-care", count.at("/provenance/context").asText());
        assertEquals("2025-06-30T11:00:00Z", count.at("/provenance/computedAt").asText());
        assertEquals(0, count.get("dataQuality").size());
        JsonNode rate = line(card.body(), "CLA-RATE");
        assertEquals("64.3", rate.get("value").asText());
        assertEquals(431, rate.get("numerator").asLong());
        assertEquals(67_000, rate.get("denominator").asLong());
        assertTrue(source.asked().contains(new FakeMeasureSource.Asked(FakeMeasureSource.CLA_COUNT_KEY, LocalDate.of(2025, 3, 31))));
    }

    @Test
    void without_a_date_the_scorecard_is_for_today() {
        Answer card = answer(client.get("/governance/scorecard").header(HeaderNames.AUTHORIZATION, BOARD_MEMBER).request());
        assertEquals(200, card.status());
        assertEquals(LocalDate.now(GovernanceFixture.CLOCK).toString(), card.body().get("asAt").asText());
    }

    @Test
    void a_bad_date_is_a_problem_naming_date() {
        Answer refused = answer(client.get("/governance/scorecard").header(HeaderNames.AUTHORIZATION, BOARD_MEMBER).queryParam("date", "31/03/2025").request());

        assertEquals(400, refused.status());
        assertEquals(ProblemResponses.MEDIA_TYPE, refused.contentType());
        assertEquals("urn:cypf:problem:invalid-input", refused.body().get("type").asText());
        assertEquals("date", refused.body().at("/errors/0/field").asText());
        assertEquals("expected a date as yyyy-mm-dd", refused.body().at("/errors/0/reason").asText());
    }
}
