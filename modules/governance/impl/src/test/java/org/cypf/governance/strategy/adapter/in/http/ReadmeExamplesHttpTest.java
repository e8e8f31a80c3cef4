package org.cypf.governance.strategy.adapter.in.http;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.BASE;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.PARTNER;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.answer;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.as;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.get;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postCsv;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postJson;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postYaml;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.read;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The requests docs/strategies/README.md shows users work as it says, on the seed file it names. */
@ServerTest
class ReadmeExamplesHttpTest {
    private static final String S004 = BASE + "/redcar-cleveland-cypf-2024-2027";
    private static StrategyFixture f;
    private final Http1Client client;

    ReadmeExamplesHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = StrategyFixture.start("strategy readme");
        f.mount(routing);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static String readme() {
        return read(StrategyFixture.strategiesFolder().resolve("README.md"));
    }

    /** The bodies of the README's {@code --data-binary '...'} examples, in order. */
    private static List<String> inlineBodies() {
        List<String> bodies = new ArrayList<>();
        Matcher m = Pattern.compile("--data-binary '([^']*)'").matcher(readme());
        while (m.find()) {
            bodies.add(m.group(1));
        }
        return bodies;
    }

    private static String csvBlock() {
        Matcher m = Pattern.compile("```csv\\n(.*?)```", Pattern.DOTALL).matcher(readme());
        if (!m.find()) {
            throw new AssertionError("the README shows no CSV");
        }
        return m.group(1);
    }

    @Test
    void the_documented_load_edit_and_submissions_work_as_documented() {
        Answer loaded = postYaml(client, BASE, read(seed("s004-")));
        assertEquals(201, loaded.status(), loaded::text);
        assertEquals(S004, loaded.location());
        assertEquals(9, loaded.body().get("measures").asInt());

        List<String> bodies = inlineBodies();
        assertEquals(2, bodies.size(), bodies::toString);
        Answer edited = answer(as(client.put(S004 + "/measures/suspensions"), PARTNER)
                .header(HeaderNames.CONTENT_TYPE, "application/json").header(HeaderNames.IF_MATCH, "\"0\"")
                .submit(bodies.get(0)));
        assertEquals(200, edited.status(), edited::text);
        assertEquals("\"1\"", edited.etag());

        Answer json = postJson(client, S004 + "/observations", bodies.get(1));
        assertEquals(200, json.status(), json::text);
        Answer csv = postCsv(client, S004 + "/observations", csvBlock());
        assertEquals(200, csv.status(), csv::text);
        assertEquals(2, csv.body().get("stored").asInt());

        assertEquals(List.of("2 observations submitted", "1 observation submitted", "measure suspensions replaced", "loaded"),
                get(client, S004 + "/changes").body().get("changes").findValuesAsText("change"));
        Answer card = get(client, S004 + "/scorecard?date=2025-03-31&by=outcome");
        assertEquals(200, card.status(), card::text);
        Answer pack = get(client, S004 + "/board-pack?meeting=2025-07-15");
        assertEquals(200, pack.status(), pack::text);
        Answer programme = get(client, S004 + "/programme?date=2025-06-30&riskScoreAbove=10");
        assertEquals(200, programme.status(), programme::text);
    }
}
