package org.cypf.governance.strategy.adapter.in.http;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.BASE;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.PARTNER;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.as;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.at;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.freshId;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.get;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.json;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.load;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postCsv;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postJson;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postYaml;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.problem;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.smallStrategy;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.List;
import java.util.function.Consumer;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The bugs issue 14 found loading other partnerships' plans, each shown fixed over HTTP on PostgreSQL: notes
 * returned, whole numbers and dates read strictly with every type error named at once, values bounded, limits on
 * size, loops refused, values checked against their numerator and denominator, stale parts flagged, absent fields
 * left out, an unchanged replace keeping its version, and CSV headers in any case.
 */
@ServerTest
class SecondPassBugsHttpTest {
    private static StrategyFixture f;
    private final Http1Client client;

    SecondPassBugsHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = StrategyFixture.start("second pass bugs");
        f.mount(routing);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    /** Posts the small strategy changed by {@code breakIt}; asserts 400 and that nothing was stored; the errors. */
    private JsonNode refused(Consumer<ObjectNode> breakIt) {
        String id = freshId("refused");
        ObjectNode document = smallStrategy(id);
        breakIt.accept(document);
        var before = f.tableCounts();
        Answer answer = problem(postJson(client, BASE, text(document)), 400);
        assertEquals(before, f.tableCounts(), "nothing stored");
        return answer.body().get("errors");
    }

    private static List<String> fields(JsonNode errors) {
        return java.util.stream.StreamSupport.stream(errors.spliterator(), false).map(e -> e.get("field").asText())
                .sorted().toList();
    }

    private static String reason(JsonNode errors, String field) {
        for (JsonNode e : errors) {
            if (e.get("field").asText().equals(field)) {
                return e.get("reason").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + errors);
    }

    private static JsonNode line(JsonNode card, String measureId) {
        for (JsonNode group : card.get("groups")) {
            for (JsonNode m : group.get("measures")) {
                if (m.get("measureId").asText().equals(measureId)) {
                    return m;
                }
            }
        }
        throw new AssertionError("no measure " + measureId);
    }

    @Test
    void an_observations_note_and_a_targets_note_are_returned_on_the_list_the_scorecard_and_the_board_pack() {
        String id = freshId("notes");
        ObjectNode document = smallStrategy(id);
        at(document, "/measures/0/observations/0").put("note", "validated by the EYFS moderator");
        at(document, "/measures/0/targets/0").put("note", "agreed with schools forum");
        load(client, document);

        JsonNode listed = get(client, BASE + "/" + id + "/measures/gld/observations").body().get("observations").get(0);
        assertEquals("validated by the EYFS moderator", listed.get("note").asText());
        JsonNode gld = line(get(client, BASE + "/" + id + "/scorecard?date=2025-03-31").body(), "gld");
        assertEquals("validated by the EYFS moderator", gld.at("/latest/note").asText());
        assertEquals("agreed with schools forum", gld.at("/target/note").asText());
        String pack = get(client, BASE + "/" + id + "/board-pack?meeting=2025-03-31").text();
        assertTrue(pack.contains("validated by the EYFS moderator"), pack);
        assertTrue(pack.contains("agreed with schools forum"), pack);
    }

    @Test
    void a_decimal_in_a_whole_number_field_is_refused_naming_the_field_in_documents_and_rows() {
        JsonNode errors = refused(d -> {
            at(d, "/priorities/0").put("number", 1.1);
            at(d, "/measures/0/observations/0").put("numerator", 2.5);
            at(d, "/programme/risks/0").put("likelihood", 3.5);
        });
        assertEquals(List.of("measures[0].observations[0].numerator", "priorities[0].number", "programme.risks[0].likelihood"),
                fields(errors));
        assertTrue(reason(errors, "priorities[0].number").contains("whole number"));

        String id = freshId("rows");
        load(client, smallStrategy(id));
        Answer rows = problem(postJson(client, BASE + "/" + id + "/observations", """
                [{"measureId": "gld", "observation": {"asAt": "2025-07-31", "value": 66.5, "numerator": 665.5, "denominator": 1000}}]"""), 400);
        assertEquals(List.of("rows[0].numerator"), rows.fields());
    }

    @Test
    void a_bad_date_says_what_was_wrong_with_it() {
        JsonNode errors = refused(d -> {
            at(d, "/period").put("start", "1 April 2006");
            at(d, "/measures/0/observations/0").put("asAt", "2007-02-30");
        });
        assertEquals(List.of("measures[0].observations[0].asAt", "period.start"), fields(errors));
        assertTrue(reason(errors, "period.start").contains("yyyy-mm-dd"), errors::toString);
        assertTrue(reason(errors, "measures[0].observations[0].asAt").contains("not a day of the calendar"), errors::toString);
    }

    @Test
    void every_type_error_is_named_at_once_and_a_number_is_not_taken_for_a_title() {
        JsonNode errors = refused(d -> {
            d.put("title", 42);
            at(d, "/priorities/1").put("number", "two");
            at(d, "/measures/0/observations/0").put("value", "sixty-four");
            at(d, "/boards/0").put("statutory", "no");
            at(d, "/measures/1").put("colour", "red");
        });
        assertEquals(List.of("boards[0].statutory", "measures[0].observations[0].value", "measures[1].colour",
                "priorities[1].number", "title"), fields(errors));
        assertTrue(reason(errors, "title").contains("expected text"));

        String yaml = "id: " + freshId("yaml-title") + "\ntitle: 42\n";
        assertTrue(problem(postYaml(client, BASE, yaml), 400).fields().contains("title"));
    }

    @Test
    void values_are_bounded_a_huge_exponent_is_a_400_not_a_500() {
        for (String huge : List.of("1e999999999", "1e400", "-1e400", "0.0000001")) {
            String id = freshId("huge");
            String document = text(smallStrategy(id)).replace("\"value\":64", "\"value\":" + huge);
            Answer answer = problem(postJson(client, BASE, document), 400);
            assertEquals(List.of("measures[0].observations[0].value"), answer.fields(), huge);
        }
        String id = freshId("huge-rows");
        load(client, smallStrategy(id));
        Answer csv = problem(postCsv(client, BASE + "/" + id + "/observations",
                "measureId,asAt,value\nmissing-children,2025-03-31,1e999999999\n"), 400);
        assertEquals(List.of("rows[0].value"), csv.fields());
        Answer json = problem(postJson(client, BASE + "/" + id + "/observations",
                "[{\"measureId\": \"missing-children\", \"observation\": {\"asAt\": \"2025-03-31\", \"value\": 1e400}}]"), 400);
        assertEquals(List.of("rows[0].value"), json.fields());
    }

    @Test
    void a_document_over_the_size_limit_is_refused_and_the_observation_list_is_paged() {
        String big = "{\"id\": \"big\", \"vision\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        Answer tooLarge = StrategyFixture.answer(as(client.post(BASE), PARTNER)
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(big));
        assertEquals(413, tooLarge.status(), tooLarge::text);

        String id = freshId("paged");
        load(client, smallStrategy(id));
        var rows = new StringBuilder("measureId,asAt,value\n");
        for (int month = 1; month <= 12; month++) {
            rows.append("attendance,2024-").append(String.format("%02d", month)).append("-01,9").append(month % 10).append('\n');
        }
        assertEquals(200, postCsv(client, BASE + "/" + id + "/observations", rows.toString()).status());
        JsonNode page = get(client, BASE + "/" + id + "/measures/attendance/observations?page=2&size=5").body();
        assertEquals(12, page.get("total").asInt());
        assertEquals(5, page.get("observations").size());
        assertEquals("2024-06-01", page.at("/observations/0/asAt").asText());
        assertTrue(page.get("hasNext").asBoolean());

        var many = new StringBuilder("[");
        for (int i = 0; i <= 10_000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"measureId\":\"attendance\",\"observation\":{\"asAt\":\"")
                    .append(java.time.LocalDate.of(2000, 1, 1).plusDays(i)).append("\",\"value\":90}}");
        }
        Answer tooMany = problem(postJson(client, BASE + "/" + id + "/observations", many.append("]").toString()), 400);
        assertEquals(List.of("rows"), tooMany.fields());
    }

    @Test
    void loops_of_boards_and_of_project_dependencies_are_refused() {
        JsonNode boards = refused(d -> {
            var list = d.withArray("boards");
            ((ObjectNode) list.get(0)).put("reportsTo", "cabinet");
            list.addObject().put("id", "cabinet").put("name", "Cabinet").put("reportsTo", "scrutiny");
            list.addObject().put("id", "scrutiny").put("name", "Scrutiny").put("reportsTo", "partnership-board");
        });
        assertEquals(List.of("boards[0].reportsTo"), fields(boards));
        assertTrue(reason(boards, "boards[0].reportsTo").contains("loop"));

        JsonNode projects = refused(d -> at(d, "/programme/projects/0").putArray("dependsOn").add("inclusion"));
        assertEquals(List.of("programme.projects[0].dependsOn"), fields(projects));
    }

    @Test
    void a_value_that_disagrees_with_its_numerator_and_denominator_is_refused() {
        JsonNode errors = refused(d -> at(d, "/measures/0/observations/0").put("value", 50));
        assertEquals(List.of("measures[0].observations[0].value"), fields(errors));
        // 868 / 1297 = 66.92 %: written 66.9 it agrees
        String id = freshId("agrees");
        ObjectNode document = smallStrategy(id);
        at(document, "/measures/0/observations/0").put("value", 66.9).put("numerator", 868).put("denominator", 1297);
        load(client, document);
    }

    @Test
    void a_part_last_reported_in_1990_makes_the_measure_stale() {
        String id = freshId("stale-part");
        load(client, smallStrategy(id));
        assertEquals(200, postCsv(client, BASE + "/" + id + "/observations", """
                measureId,asAt,value,breakdown
                attendance,2025-03-31,91.0,Primary
                attendance,1990-03-31,88.0,Secondary
                """).status());
        JsonNode attendance = line(get(client, BASE + "/" + id + "/scorecard?date=2025-04-30").body(), "attendance");
        assertTrue(attendance.get("dataQuality").toString().contains("STALE"), attendance::toString);
    }

    @Test
    void fields_a_strategy_leaves_out_are_left_out_of_the_answer_not_sent_as_null() {
        String id = freshId("absent");
        load(client, smallStrategy(id));
        String document = get(client, BASE + "/" + id).text();
        assertFalse(document.contains("null"), document);
        JsonNode missing = get(client, BASE + "/" + id).body().at("/document/measures/1");
        assertFalse(missing.has("baseline"));
        String card = get(client, BASE + "/" + id + "/scorecard?date=2025-03-31").text();
        assertFalse(card.contains(":null"), card);
    }

    @Test
    void replacing_a_document_with_the_same_document_keeps_its_version() {
        String id = freshId("same");
        ObjectNode document = smallStrategy(id);
        load(client, document);
        Answer same = StrategyFixture.answer(as(client.put(BASE + "/" + id), PARTNER)
                .header(HeaderNames.CONTENT_TYPE, "application/json").header(HeaderNames.IF_MATCH, "\"0\"")
                .submit(text(document)));
        assertEquals(200, same.status(), same::text);
        assertEquals("\"0\"", same.etag());
        assertEquals(0, get(client, BASE + "/" + id).body().get("version").asInt());
        at(document, "/measures/1").put("title", "Children missing from home");
        Answer changed = StrategyFixture.answer(as(client.put(BASE + "/" + id), PARTNER)
                .header(HeaderNames.CONTENT_TYPE, "application/json").header(HeaderNames.IF_MATCH, "\"0\"")
                .submit(text(document)));
        assertEquals("\"1\"", changed.etag(), changed::text);
    }

    @Test
    void a_csv_header_is_read_in_any_case_and_a_missing_column_is_named_in_plain_words() {
        String id = freshId("csv-case");
        load(client, smallStrategy(id));
        Answer upper = postCsv(client, BASE + "/" + id + "/observations", "MEASUREID,AsAt,Value\nmissing-children,2025-03-31,212\n");
        assertEquals(200, upper.status(), upper::text);
        Answer noDate = problem(postCsv(client, BASE + "/" + id + "/observations", "measureId,value\nmissing-children,212\n"), 400);
        assertEquals("needs the column asAt", reason(noDate.body().get("errors"), "header"));
    }
}
