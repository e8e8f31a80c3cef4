package org.cypf.governance.strategy.adapter.in.http;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.BASE;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.get;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postYaml;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.problem;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.read;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.seed;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.yamlTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each seed strategy in docs/strategies loads through the API from its YAML file, as a user would load it. */
@ServerTest
class SeedFilesHttpTest {
    private static StrategyFixture f;
    private final Http1Client client;

    SeedFilesHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = StrategyFixture.start("strategy seed files");
        f.mount(routing);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static int size(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? 0 : node.size();
    }

    private static int observationsIn(JsonNode file) {
        return StreamSupport.stream(file.path("measures").spliterator(), false)
                .mapToInt(m -> size(m.get("observations"))).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"s000-", "s001-", "s002-", "s004-"})
    void a_seed_file_loads_from_yaml_reads_back_whole_and_cannot_be_loaded_twice(String prefix) {
        Path file = seed(prefix);
        JsonNode expected = yamlTree(file);
        String id = expected.get("id").asText();

        Answer created = postYaml(client, BASE, read(file));

        assertEquals(201, created.status(), created::text);
        assertEquals(BASE + "/" + id, created.location());
        assertEquals("\"0\"", created.etag());
        assertEquals(id, created.body().get("strategyId").asText());
        assertEquals(size(expected.get("measures")), created.body().get("measures").asInt());
        assertEquals(0, created.body().get("version").asLong());

        Answer read = get(client, created.location());
        assertEquals(200, read.status(), read::text);
        assertEquals("\"0\"", read.etag());
        JsonNode document = read.body().get("document");
        assertEquals(expected.get("title").asText(), document.get("title").asText());
        for (String section : List.of("measures", "priorities", "boards", "outcomes", "areas", "partners", "actionPlan")) {
            assertEquals(size(expected.get(section)), size(document.get(section)), prefix + " " + section);
        }
        assertEquals(size(expected.path("programme").get("projects")), size(document.path("programme").get("projects")));
        assertEquals(size(expected.path("programme").get("risks")), size(document.path("programme").get("risks")));
        // the definitions are stored without observations; those went one row each to their own table
        document.path("measures").forEach(m -> assertTrue(m.path("observations").isNull() || m.path("observations").isMissingNode()));
        assertEquals(observationsIn(expected),
                f.count("select count(*) from governance.strategy_observation where strategy_id = ?", id));
        assertEquals(1, f.count("select count(*) from governance.strategy_change where strategy_id = ? and change = 'loaded'", id));

        List<String> listed = StreamSupport.stream(get(client, BASE).body().get("strategies").spliterator(), false)
                .map(s -> s.get("strategyId").asText()).toList();
        assertTrue(listed.contains(id), listed::toString);

        long observationsBefore = f.count("select count(*) from governance.strategy_observation");
        Answer again = problem(postYaml(client, BASE, read(file)), 409);
        assertTrue(again.body().get("detail").asText().contains(id), again::text);
        assertEquals(observationsBefore, f.count("select count(*) from governance.strategy_observation"));
        assertEquals(1, f.count("select count(*) from governance.strategy_change where strategy_id = ?", id));
    }
}
