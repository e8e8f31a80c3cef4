package org.cypf.governance.strategy.adapter.in.http;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.BASE;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.at;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.freshId;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.get;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.load;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.problem;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.smallStrategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.List;
import java.util.stream.StreamSupport;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The programme view (projects by status, overdue milestones, risks above a score) and the printable board pack. */
@ServerTest
class ProgrammeBoardPackHttpTest {
    private static StrategyFixture f;
    private final Http1Client client;

    ProgrammeBoardPackHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = StrategyFixture.start("strategy programme");
        f.mount(routing);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private String strategy() {
        String id = freshId("programme");
        load(client, smallStrategy(id));
        return id;
    }

    private JsonNode programme(String id, String query) {
        Answer answer = get(client, BASE + "/" + id + "/programme?" + query);
        assertEquals(200, answer.status(), answer::text);
        return answer.body();
    }

    private static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asText()).toList();
    }

    @Test
    void the_programme_groups_projects_by_status_and_lists_the_overdue_milestone() {
        String id = strategy();
        JsonNode programme = programme(id, "date=2025-06-30");

        assertEquals("2025-06-30", programme.get("asAt").asText());
        JsonNode byStatus = programme.get("projectsByStatus");
        assertEquals(List.of("AT_RISK", "NOT_STARTED", "ON_TRACK"), iterable(byStatus.fieldNames()));
        assertEquals(List.of("front-door"), values(byStatus.get("ON_TRACK"), "projectId"));
        assertEquals(List.of("inclusion"), values(byStatus.get("AT_RISK"), "projectId"));
        assertEquals(List.of("workforce"), values(byStatus.get("NOT_STARTED"), "projectId"), "no status reads as not started");
        assertEquals("Director of Children's Services", byStatus.at("/ON_TRACK/0/seniorResponsibleOwner").asText());

        JsonNode overdue = programme.get("overdueMilestones");
        assertEquals(1, overdue.size(), overdue::toString);
        assertEquals("Single front door live", overdue.at("/0/milestone").asText());
        assertEquals("front-door", overdue.at("/0/projectId").asText());
        assertEquals("2025-01-31", overdue.at("/0/due").asText());
        assertEquals("IN_PROGRESS", overdue.at("/0/status").asText());
        assertEquals(150, overdue.at("/0/daysOverdue").asLong(), "31 January to 30 June 2025");

        // on its due date a milestone is not yet overdue
        assertEquals(0, programme(id, "date=2025-01-31").get("overdueMilestones").size());
    }

    @Test
    void risks_are_filtered_by_score_and_rated() {
        String id = strategy();

        JsonNode all = programme(id, "date=2025-06-30").get("risks");
        assertEquals(List.of("funding", "recruitment"), values(all, "riskId"), "highest score first");
        assertEquals(16, all.at("/0/score").asInt());
        assertEquals("RED", all.at("/0/rating").asText());
        assertTrue(all.at("/0/reviewOverdue").asBoolean(), "review was due 31 May 2025");
        assertEquals(6, all.at("/1/score").asInt());
        assertEquals("GREEN", all.at("/1/rating").asText());
        assertFalse(all.at("/1/reviewOverdue").asBoolean());

        assertEquals(List.of("funding"), values(programme(id, "date=2025-06-30&riskScoreAbove=6").get("risks"), "riskId"));
        assertEquals(List.of("funding"), values(programme(id, "date=2025-06-30&riskScoreAbove=15").get("risks"), "riskId"));
        assertEquals(List.of(), values(programme(id, "date=2025-06-30&riskScoreAbove=16").get("risks"), "riskId"));
        assertEquals(List.of("funding", "recruitment"), values(programme(id, "date=2025-06-30&riskScoreAbove=5").get("risks"), "riskId"));

        assertEquals(List.of("riskScoreAbove"), problem(get(client, BASE + "/" + id + "/programme?riskScoreAbove=26"), 400).fields());
        assertEquals(List.of("riskScoreAbove"), problem(get(client, BASE + "/" + id + "/programme?riskScoreAbove=high"), 400).fields());
        problem(get(client, BASE + "/no-such-strategy/programme"), 404);
    }

    @Test
    void the_board_pack_is_printable_html_with_the_scorecard_programme_and_red_risks_only() {
        String id = strategy();
        Answer pack = get(client, BASE + "/" + id + "/board-pack?meeting=2025-07-15");

        assertEquals(200, pack.status(), pack::text);
        assertTrue(pack.contentType().startsWith("text/html"), pack.contentType());
        String html = pack.text();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Board pack: Small strategy</title>"));
        assertTrue(html.contains("<h1>Small strategy</h1>"));
        assertTrue(html.contains("15 July 2025"));
        assertTrue(html.contains("<h3>Safe</h3>"), "each outcome's heading");
        assertTrue(html.contains("<h3>Achieving</h3>"), "each outcome's heading");
        assertTrue(html.contains("Good level of development"));
        assertTrue(html.contains("64%"), "the latest value of a percentage");
        assertTrue(html.contains("Single front door live"), "the overdue milestone");
        String redRisks = html.substring(html.indexOf("<h2>Red risks</h2>"));
        assertTrue(redRisks.contains("Funding falls short"), redRisks);
        assertFalse(html.contains("Recruitment is slow"), "a green risk is not in the board pack");
        assertTrue(html.contains("2025-05-31 (overdue)"));
    }

    @Test
    void the_board_pack_escapes_what_the_document_says() {
        String id = freshId("escaped");
        ObjectNode document = smallStrategy(id);
        document.put("title", "Plan <script>alert('x')</script> & more");
        at(document, "/outcomes/0").put("name", "<b>Safe</b>");
        at(document, "/measures/0").put("title", "GLD <img src=x onerror=alert(1)>");
        at(document, "/programme/risks/0").put("title", "Funding \"<script>\" falls short");
        at(document, "/programme/projects/0").put("seniorResponsibleOwner", "<i>DCS</i>");
        load(client, document);

        String html = get(client, BASE + "/" + id + "/board-pack?meeting=2025-07-15").text();

        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>Safe"), html);
        assertFalse(html.contains("<i>DCS"), html);
        assertTrue(html.contains("<h1>Plan &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</h1>"), html);
        assertTrue(html.contains("<h3>&lt;b&gt;Safe&lt;/b&gt;</h3>"), html);
        assertTrue(html.contains("Funding &quot;&lt;script&gt;&quot; falls short"), html);
    }

    @Test
    void the_board_pack_shows_the_england_benchmark_the_rag_was_judged_against() {
        String id = freshId("england");
        ObjectNode document = smallStrategy(id);
        at(document, "/measures/0").remove("targets");
        at(document, "/measures/0").set("benchmarks", StrategyFixture.json("""
                [{"comparator": "ENGLAND", "value": 80, "asAt": "2019-07-31"},
                 {"comparator": "ENGLAND", "value": 67.7, "asAt": "2024-07-31"}]"""));
        load(client, document);

        String row = get(client, BASE + "/" + id + "/board-pack?meeting=2025-07-15").text().lines()
                .filter(l -> l.contains("Good level of development")).findFirst().orElseThrow();

        // 64 against England's latest 67.7: more than 5 % short, RED (against 2019's 80 it would be RED too, but
        // the board must see the figure the colour was judged against)
        assertTrue(row.contains("<td>67.7%</td>"), row);
        assertFalse(row.contains("<td>80%</td>"), row);
        assertTrue(row.startsWith("<tr class=\"RED\">"), row);
    }

    @Test
    void the_board_pack_needs_a_meeting_date() {
        String id = strategy();
        Answer missing = problem(get(client, BASE + "/" + id + "/board-pack"), 400);
        assertEquals(List.of("meeting"), missing.fields());
        assertEquals(List.of("meeting"), problem(get(client, BASE + "/" + id + "/board-pack?meeting=next-tuesday"), 400).fields());
        problem(get(client, BASE + "/no-such-strategy/board-pack?meeting=2025-07-15"), 404);
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
