package org.cypf.governance.strategy.adapter.in.http;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.BASE;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.PARTNER;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.USER;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.answer;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.as;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.freshId;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.get;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.json;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.load;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.problem;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.smallStrategy;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Editing a loaded strategy: the version read ({@code If-Match}) or 409, a partner caller, every change logged. */
@ServerTest
class StrategyEditsHttpTest {
    private static StrategyFixture f;
    private final Http1Client client;

    StrategyEditsHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = StrategyFixture.start("strategy edits");
        f.mount(routing);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private String strategy() {
        String id = freshId("edited");
        load(client, smallStrategy(id));
        return id;
    }

    private Http1ClientRequest put(String path, String organisation, String ifMatch) {
        Http1ClientRequest request = as(client.put(path), organisation).header(HeaderNames.CONTENT_TYPE, "application/json");
        return ifMatch == null ? request : request.header(HeaderNames.IF_MATCH, ifMatch);
    }

    private static ObjectNode missingChildren(String title) {
        return (ObjectNode) json("""
                {"id": "missing-children", "title": "%s", "outcome": "safe", "unit": "COUNT",
                 "polarity": "LOWER_IS_BETTER", "frequency": "QUARTERLY",
                 "targets": [{"horizon": "survive", "value": 180}]}""".formatted(title));
    }

    private JsonNode measure(String id, String measureId) {
        JsonNode document = get(client, BASE + "/" + id).body().get("document");
        return StreamSupport.stream(document.get("measures").spliterator(), false)
                .filter(m -> m.get("id").asText().equals(measureId)).findFirst().orElseThrow();
    }

    private long version(String id) {
        return f.admin.fetchOne("select version from governance.strategy where strategy_id = ?", id).get(0, Long.class);
    }

    @Test
    void a_measure_put_with_the_current_version_is_replaced_and_the_version_moves_on() {
        String id = strategy();

        Answer edited = answer(put(BASE + "/" + id + "/measures/missing-children", PARTNER, "\"0\"")
                .submit(text(missingChildren("Children reported missing"))));

        assertEquals(200, edited.status(), edited::text);
        assertEquals("\"1\"", edited.etag());
        assertEquals(1, edited.body().get("version").asLong());
        Answer read = get(client, BASE + "/" + id);
        assertEquals("\"1\"", read.etag());
        JsonNode measure = measure(id, "missing-children");
        assertEquals("Children reported missing", measure.get("title").asText());
        assertEquals("QUARTERLY", measure.get("frequency").asText());
        assertEquals(180, measure.at("/targets/0/value").asInt());
        assertEquals("Good level of development", measure(id, "gld").get("title").asText(), "other measures untouched");
        assertEquals(1, f.count("select count(*) from governance.strategy_observation where strategy_id = ? and measure_id = 'gld'", id),
                "the stored observations of other measures survive the edit");
    }

    @Test
    void a_stale_version_is_refused_with_409_and_nothing_changes() {
        String id = strategy();
        assertEquals(200, answer(put(BASE + "/" + id + "/measures/missing-children", PARTNER, "\"0\"")
                .submit(text(missingChildren("First edit")))).status());
        long changes = f.count("select count(*) from governance.strategy_change where strategy_id = ?", id);

        problem(answer(put(BASE + "/" + id + "/measures/missing-children", PARTNER, "\"0\"")
                .submit(text(missingChildren("Lost update")))), 409);

        assertEquals("First edit", measure(id, "missing-children").get("title").asText());
        assertEquals(1, version(id));
        assertEquals(changes, f.count("select count(*) from governance.strategy_change where strategy_id = ?", id));
        // a whole-document replace from the stale version is refused the same way
        ObjectNode document = smallStrategy(id);
        document.put("title", "Lost replace");
        problem(answer(put(BASE + "/" + id, PARTNER, "\"0\"").submit(text(document))), 409);
        assertEquals("Small strategy", get(client, BASE + "/" + id).body().at("/document/title").asText());
    }

    @Test
    void without_if_match_the_edit_is_refused_naming_it() {
        String id = strategy();
        Answer refused = problem(answer(put(BASE + "/" + id + "/measures/missing-children", PARTNER, null)
                .submit(text(missingChildren("No version")))), 400);
        assertEquals(List.of("If-Match"), refused.fields());
        assertEquals(List.of("If-Match"), problem(answer(put(BASE + "/" + id + "/measures/missing-children", PARTNER, "soon")
                .submit(text(missingChildren("Bad version")))), 400).fields());
        assertEquals(List.of("If-Match"), problem(answer(put(BASE + "/" + id, PARTNER, null)
                .submit(text(smallStrategy(id)))), 400).fields());
        assertEquals(0, version(id));
        assertEquals("Missing children", measure(id, "missing-children").get("title").asText());
    }

    @Test
    void the_change_log_lists_loaded_replaced_and_edits_with_user_and_organisation() {
        String id = strategy();
        assertEquals(200, answer(put(BASE + "/" + id + "/measures/missing-children", PARTNER, "\"0\"")
                .submit(text(missingChildren("Edited")))).status());
        ObjectNode document = smallStrategy(id);
        document.put("title", "Small strategy, refreshed");
        Answer replaced = answer(put(BASE + "/" + id, PARTNER, "W/\"1\"").submit(text(document)));
        assertEquals(200, replaced.status(), replaced::text);
        assertEquals("\"2\"", replaced.etag());
        ObjectNode risk = (ObjectNode) json("""
                {"id": "recruitment", "title": "Recruitment is slow", "likelihood": 3, "impact": 3, "owner": "HR"}""");
        assertEquals(200, answer(put(BASE + "/" + id + "/risks/recruitment", PARTNER, "\"2\"").submit(text(risk))).status());

        Answer log = get(client, BASE + "/" + id + "/changes");
        assertEquals(200, log.status(), log::text);
        JsonNode changes = log.body().get("changes");
        assertEquals(List.of("risk recruitment replaced", "replaced", "measure missing-children replaced", "loaded"),
                StreamSupport.stream(changes.spliterator(), false).map(c -> c.get("change").asText()).toList());
        assertEquals(List.of(3L, 2L, 1L, 0L),
                StreamSupport.stream(changes.spliterator(), false).map(c -> c.get("version").asLong()).toList());
        changes.forEach(c -> {
            assertEquals(USER, c.get("userId").asText());
            assertEquals(PARTNER, c.get("organisation").asText());
            assertTrue(Instant.parse(c.get("at").asText()).isAfter(Instant.now().minusSeconds(600)));
        });
        assertEquals("Small strategy, refreshed", get(client, BASE + "/" + id).body().at("/document/title").asText());
        JsonNode risks = get(client, BASE + "/" + id + "/programme?date=2025-06-30").body().get("risks");
        assertTrue(StreamSupport.stream(risks.spliterator(), false)
                .anyMatch(r -> r.get("riskId").asText().equals("recruitment") && r.get("score").asInt() == 9));
    }

    @Test
    void a_caller_outside_the_partnership_is_refused_403_and_no_caller_401() {
        String id = strategy();
        problem(answer(put(BASE + "/" + id + "/measures/missing-children", "rogue-agency", "\"0\"")
                .submit(text(missingChildren("Rogue")))), 403);
        problem(answer(client.put(BASE + "/" + id + "/measures/missing-children")
                .header(HeaderNames.CONTENT_TYPE, "application/json").header(HeaderNames.IF_MATCH, "\"0\"")
                .submit(text(missingChildren("Nobody")))), 401);
        problem(answer(as(client.post(BASE), "rogue-agency").header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(text(smallStrategy(freshId("rogue"))))), 403);
        problem(answer(client.post(BASE).header(HeaderNames.CONTENT_TYPE, "application/json")
                .submit(text(smallStrategy(freshId("anonymous"))))), 401);

        assertEquals(0, version(id));
        assertEquals("Missing children", measure(id, "missing-children").get("title").asText());
        assertEquals(List.of("loaded"), StreamSupport.stream(get(client, BASE + "/" + id + "/changes").body().get("changes")
                .spliterator(), false).map(c -> c.get("change").asText()).toList());
    }

    @Test
    void concurrent_loads_of_one_id_store_it_once_and_refuse_the_others_with_409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = freshId("race");
            String body = text(smallStrategy(id));
            List<Callable<Integer>> loads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                loads.add(() -> answer(as(client.post(BASE), PARTNER).header(HeaderNames.CONTENT_TYPE, "application/json")
                        .submit(body)).status());
            }
            List<Integer> statuses = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Future<Integer> status : threads.invokeAll(loads)) {
                    statuses.add(status.get());
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
            assertEquals(1, f.count("select count(*) from governance.strategy_change where strategy_id = ?", id));
            assertEquals(1, f.count("select count(*) from governance.strategy_observation where strategy_id = ?", id));
        }
    }

    @Test
    void an_edit_is_checked_against_the_whole_document() {
        String id = strategy();
        // the replacement must keep its id
        assertEquals(List.of("id"), problem(answer(put(BASE + "/" + id + "/measures/missing-children", PARTNER, "\"0\"")
                .submit(text(missingChildren("Renamed").put("id", "runaways")))), 400).fields());
        // a reference the document cannot resolve is named by its path in the document
        assertEquals(List.of("measures[1].outcome"), problem(answer(put(BASE + "/" + id + "/measures/missing-children", PARTNER, "\"0\"")
                .submit(text(missingChildren("Thriving").put("outcome", "thriving")))), 400).fields());
        assertEquals(List.of("measures[1].targets[0].horizon"), problem(answer(put(BASE + "/" + id + "/measures/missing-children",
                PARTNER, "\"0\"").submit(text(missingChildren("Thrive").set("targets", json("[{\"horizon\": \"thrive\", \"value\": 1}]"))))), 400).fields());
        // unknown items and sections are not found
        problem(answer(put(BASE + "/" + id + "/measures/runaways", PARTNER, "\"0\"")
                .submit(text(missingChildren("Runaways").put("id", "runaways")))), 404);
        problem(answer(put(BASE + "/" + id + "/outcomes/safe", PARTNER, "\"0\"").submit("{\"id\": \"safe\", \"name\": \"Safe\"}")), 404);
        // a replace of another strategy's id is refused
        assertEquals(List.of("id"), problem(answer(put(BASE + "/" + id, PARTNER, "\"0\"")
                .submit(text(smallStrategy(freshId("other"))))), 400).fields());
        problem(answer(put(BASE + "/no-such-strategy/measures/missing-children", PARTNER, "\"0\"")
                .submit(text(missingChildren("Nowhere")))), 404);

        assertEquals(0, version(id));
        assertEquals(1, f.count("select count(*) from governance.strategy_change where strategy_id = ?", id));
    }
}
