package org.cypf.governance.strategy.adapter.in.http;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.BASE;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.PARTNER;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.USER;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.answer;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.as;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.freshId;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.get;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.load;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postCsv;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postJson;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.problem;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.smallStrategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.StreamSupport;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Partners submit measure values by JSON and by CSV: every row or none, each bad row named by its path; a
 * resubmission for the same measure and date replaces the value; the scorecard's data-quality flags follow.
 */
@ServerTest
class ObservationsHttpTest {
    private static StrategyFixture f;
    private final Http1Client client;

    ObservationsHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = StrategyFixture.start("strategy observations");
        f.mount(routing);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private String strategy() {
        String id = freshId("observed");
        load(client, smallStrategy(id));
        return id;
    }

    private JsonNode observations(String id, String measureId) {
        Answer answer = get(client, BASE + "/" + id + "/measures/" + measureId + "/observations");
        assertEquals(200, answer.status(), answer::text);
        return answer.body().get("observations");
    }

    private long stored(String id) {
        return f.count("select count(*) from governance.strategy_observation where strategy_id = ?", id);
    }

    private JsonNode line(String id, String date, String measureId) {
        Answer card = get(client, BASE + "/" + id + "/scorecard?date=" + date);
        assertEquals(200, card.status(), card::text);
        for (JsonNode group : card.body().get("groups")) {
            for (JsonNode m : group.get("measures")) {
                if (m.get("measureId").asText().equals(measureId)) {
                    return m;
                }
            }
        }
        throw new AssertionError("no line " + measureId);
    }

    private static List<String> flags(JsonNode line) {
        return StreamSupport.stream(line.get("dataQuality").spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void assertValue(String expected, JsonNode value) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(value.asText())), () -> expected + " vs " + value);
    }

    @Test
    void json_rows_are_stored_with_who_submitted_them() {
        String id = strategy();
        Answer answer = postJson(client, BASE + "/" + id + "/observations", """
                [{"measureId": "attendance", "observation": {"asAt": "2025-03-31", "periodStart": "2025-01-01",
                  "periodLabel": "Q4 2024/25", "value": 91.5, "status": "PROVISIONAL", "source": "school census"}},
                 {"measureId": "missing-children", "observation": {"asAt": "2025-03-31", "value": 212}}]""");

        assertEquals(200, answer.status(), answer::text);
        assertEquals(2, answer.body().get("stored").asInt());
        JsonNode attendance = observations(id, "attendance");
        assertEquals(1, attendance.size());
        assertValue("91.5", attendance.at("/0/value"));
        assertEquals("PROVISIONAL", attendance.at("/0/status").asText());
        assertEquals("2025-01-01", attendance.at("/0/periodStart").asText());
        assertEquals("Q4 2024/25", attendance.at("/0/periodLabel").asText());
        assertEquals("school census", attendance.at("/0/source").asText());
        assertEquals(USER, attendance.at("/0/submittedBy").asText());
        assertEquals("FINAL", observations(id, "missing-children").at("/0/status").asText(), "FINAL unless said");
        assertEquals(PARTNER, f.admin.fetchOne("select organisation from governance.strategy_observation"
                + " where strategy_id = ? and measure_id = 'attendance'", id).get(0, String.class));
        JsonNode changes = get(client, BASE + "/" + id + "/changes").body().get("changes");
        assertEquals("2 observations submitted", changes.at("/0/change").asText());
    }

    @Test
    void bad_json_rows_are_each_named_and_nothing_is_stored() {
        String id = strategy();
        long before = stored(id);
        Answer answer = problem(postJson(client, BASE + "/" + id + "/observations", """
                [{"measureId": "attendance", "observation": {"asAt": "2025-03-31", "value": 91.5}},
                 {"measureId": "no-such-measure", "observation": {"asAt": "2025-03-31", "value": 1}},
                 {"measureId": "attendance", "observation": {"asAt": "2025-06-30", "value": 120}},
                 {"measureId": "attendance", "observation": {"value": 90}},
                 {"measureId": "gld", "observation": {"asAt": "2025-07-31", "value": 50, "numerator": 600, "denominator": 500}},
                 {"measureId": "attendance", "observation": {"asAt": "2025-03-31", "value": 92}}]"""), 400);

        assertEquals(List.of("rows[1].measureId", "rows[2].value", "rows[3].asAt", "rows[4].numerator", "rows[5].asAt"),
                answer.fields().stream().sorted().toList());
        assertEquals(before, stored(id));
        assertEquals(0, observations(id, "attendance").size());
    }

    @Test
    void a_json_row_that_cannot_be_read_is_named_like_a_checked_row() {
        String id = strategy();
        Answer wrongType = problem(postJson(client, BASE + "/" + id + "/observations", """
                [{"measureId": "attendance", "observation": {"asAt": "2025-03-31", "value": 91}},
                 {"measureId": "attendance", "observation": {"asAt": "31/03/2025", "value": 91}}]"""), 400);
        Answer unknownField = problem(postJson(client, BASE + "/" + id + "/observations", """
                [{"measureId": "attendance", "observation": {"asAt": "2025-03-31", "value": 91, "colour": "red"}}]"""), 400);
        Answer notAnArray = problem(postJson(client, BASE + "/" + id + "/observations", """
                {"measureId": "attendance", "observation": {"asAt": "2025-03-31", "value": 91}}"""), 400);
        assertEquals(List.of("rows[1].asAt"), wrongType.fields());
        assertEquals(List.of("rows[0].colour"), unknownField.fields());
        assertEquals(List.of("$"), notAnArray.fields());
        assertEquals(0, observations(id, "attendance").size());
    }

    @Test
    void an_unknown_measure_with_a_numerator_above_its_denominator_is_a_bad_row_not_a_server_error() {
        String id = strategy();
        Answer answer = problem(postJson(client, BASE + "/" + id + "/observations", """
                [{"measureId": "no-such-measure", "observation": {"asAt": "2025-03-31", "value": 1, "numerator": 5, "denominator": 3}}]"""), 400);
        assertEquals(List.of("rows[0].measureId"), answer.fields());
    }

    @Test
    void a_good_csv_stores_every_row() {
        String id = strategy();
        Answer answer = postCsv(client, BASE + "/" + id + "/observations", """
                measureId,asAt,value,breakdown,periodStart,periodLabel,numerator,denominator,status,source,note
                gld,2025-07-31,66.5,,2024-09-01,2024/25,665,1000,provisional,EYFS return,"first cut, to be confirmed"
                attendance,2025-03-31,91.2,,,,,,FINAL,,
                attendance,2025-03-31,88.0,Secondary,,,,,,,
                missing-children,2025-03-31,212,,,,,,,,"said ""about 212""\"
                """);

        assertEquals(200, answer.status(), answer::text);
        assertEquals(4, answer.body().get("stored").asInt());
        JsonNode gld = observations(id, "gld");
        assertEquals(2, gld.size(), "the document's 2024 value and the submitted 2025 value");
        JsonNode submitted = gld.get(1);
        assertValue("66.5", submitted.get("value"));
        assertEquals(665, submitted.get("numerator").asLong());
        assertEquals(1000, submitted.get("denominator").asLong());
        assertEquals("PROVISIONAL", submitted.get("status").asText(), "status is case-insensitive");
        assertEquals("2024-09-01", submitted.get("periodStart").asText());
        assertEquals("EYFS return", submitted.get("source").asText());
        assertEquals("first cut, to be confirmed", f.admin.fetchOne("select note from governance.strategy_observation"
                + " where strategy_id = ? and measure_id = 'gld' and as_at = date '2025-07-31'", id).get(0, String.class));
        assertEquals("said \"about 212\"", f.admin.fetchOne("select note from governance.strategy_observation"
                + " where strategy_id = ? and measure_id = 'missing-children'", id).get(0, String.class));
        JsonNode attendance = observations(id, "attendance");
        assertEquals(2, attendance.size(), "whole and Secondary are different rows");
        assertTrue(StreamSupport.stream(attendance.spliterator(), false).anyMatch(o -> "Secondary".equals(o.path("breakdown").asText())));
    }

    @Test
    void a_measures_observations_are_listed_oldest_first_whole_before_parts() {
        String id = strategy();
        assertEquals(200, postCsv(client, BASE + "/" + id + "/observations", """
                measureId,asAt,value,breakdown
                attendance,2025-03-31,91.2,
                attendance,2024-03-31,87.5,Secondary
                attendance,2025-03-31,88.0,Secondary
                attendance,2024-03-31,90.1,
                """).status());

        JsonNode listed = observations(id, "attendance");
        assertEquals(List.of("2024-03-31 ", "2024-03-31 Secondary", "2025-03-31 ", "2025-03-31 Secondary"),
                StreamSupport.stream(listed.spliterator(), false)
                        .map(o -> o.get("asAt").asText() + " " + (o.has("breakdown") ? o.get("breakdown").asText() : ""))
                        .toList());
    }

    @Test
    void a_csv_in_any_column_order_with_a_byte_order_mark_and_crlf_is_read() {
        String id = strategy();
        Answer answer = postCsv(client, BASE + "/" + id + "/observations",
                "\uFEFFvalue,measureId,asAt\r\n212,missing-children,2025-03-31\r\n\r\n");
        assertEquals(200, answer.status(), answer::text);
        assertValue("212", observations(id, "missing-children").at("/0/value"));
    }

    @Test
    void a_csv_with_bad_rows_names_each_bad_row_and_stores_nothing_from_the_file() {
        String id = strategy();
        long before = stored(id);
        Answer answer = problem(postCsv(client, BASE + "/" + id + "/observations", """
                measureId,asAt,value
                attendance,2025-03-31,91.2
                no-such-measure,2025-03-31,10
                attendance,31/06/2025,90
                attendance,2025-06-30,120
                missing-children,2025-03-31,many
                missing-children,2025-03-31
                """), 400);

        assertEquals(List.of("rows[1].measureId", "rows[2].asAt", "rows[3].value", "rows[4].value", "rows[5]"),
                answer.fields().stream().sorted().toList(), answer::text);
        assertEquals(before, stored(id), "nothing from the file, not even its good first row");
        assertEquals(0, observations(id, "attendance").size());
    }

    @Test
    void a_csv_with_a_single_bad_row_of_each_kind_is_refused_naming_it() {
        String id = strategy();
        long before = stored(id);
        String good = "attendance,2025-03-31,91.2\n";
        assertEquals(List.of("rows[1].measureId"), problem(postCsv(client, BASE + "/" + id + "/observations",
                "measureId,asAt,value\n" + good + "no-such-measure,2025-03-31,10\n"), 400).fields());
        assertEquals(List.of("rows[1].asAt"), problem(postCsv(client, BASE + "/" + id + "/observations",
                "measureId,asAt,value\n" + good + "attendance,2025-13-01,10\n"), 400).fields());
        assertEquals(List.of("rows[1].value"), problem(postCsv(client, BASE + "/" + id + "/observations",
                "measureId,asAt,value\n" + good + "attendance,2025-06-30,120\n"), 400).fields());
        assertEquals(before, stored(id));
    }

    @Test
    void a_csv_with_a_bad_header_or_no_rows_is_refused() {
        String id = strategy();
        assertEquals(List.of("header", "header[1]"), problem(postCsv(client, BASE + "/" + id + "/observations",
                "measureId,date,value\nattendance,2025-03-31,91\n"), 400).fields().stream().sorted().toList());
        assertEquals(List.of("rows"), problem(postCsv(client, BASE + "/" + id + "/observations",
                "measureId,asAt,value\n"), 400).fields());
        assertEquals(List.of("$"), problem(postCsv(client, BASE + "/" + id + "/observations", ""), 400).fields());
        assertEquals(List.of("$"), problem(postCsv(client, BASE + "/" + id + "/observations",
                "measureId,asAt,value\nattendance,2025-03-31,\"91\n"), 400).fields());
    }

    @Test
    void a_resubmission_replaces_the_value_and_the_scorecard_loses_provisional() {
        String id = strategy();
        assertEquals(200, postCsv(client, BASE + "/" + id + "/observations",
                "measureId,asAt,value,status\nattendance,2025-03-31,91.2,PROVISIONAL\n").status());
        JsonNode provisional = line(id, "2025-04-30", "attendance");
        assertValue("91.2", provisional.at("/latest/value"));
        assertEquals(List.of("PROVISIONAL"), flags(provisional));

        assertEquals(200, postJson(client, BASE + "/" + id + "/observations", """
                [{"measureId": "attendance", "observation": {"asAt": "2025-03-31", "value": 91.4, "status": "FINAL"}}]""").status());

        JsonNode attendance = observations(id, "attendance");
        assertEquals(1, attendance.size(), "replaced, not added");
        assertValue("91.4", attendance.at("/0/value"));
        assertEquals("FINAL", attendance.at("/0/status").asText());
        JsonNode fin = line(id, "2025-04-30", "attendance");
        assertValue("91.4", fin.at("/latest/value"));
        assertEquals(List.of(), flags(fin));
    }

    @Test
    void stale_appears_when_the_latest_value_is_older_than_the_frequency_allows() {
        String id = strategy();
        assertEquals(200, postCsv(client, BASE + "/" + id + "/observations",
                "measureId,asAt,value\nattendance,2025-03-31,91.2\nmissing-children,2024-03-31,200\n").status());

        // quarterly: stale once more than six months old
        assertEquals(List.of(), flags(line(id, "2025-09-30", "attendance")));
        assertEquals(List.of("STALE"), flags(line(id, "2025-10-01", "attendance")));
        // annual: stale once more than eighteen months old
        assertEquals(List.of(), flags(line(id, "2025-09-30", "missing-children")));
        assertEquals(List.of("STALE"), flags(line(id, "2025-10-01", "missing-children")));
        // before the value, the measure is missing
        assertEquals(List.of("MISSING"), flags(line(id, "2025-03-30", "attendance")));
    }

    @Test
    void submitting_needs_a_partner_caller_and_a_known_strategy() {
        String id = strategy();
        String body = "[{\"measureId\": \"attendance\", \"observation\": {\"asAt\": \"2025-03-31\", \"value\": 91}}]";
        problem(answer(as(client.post(BASE + "/" + id + "/observations"), "rogue-agency")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)), 403);
        problem(answer(client.post(BASE + "/" + id + "/observations")
                .header(HeaderNames.CONTENT_TYPE, "application/json").submit(body)), 401);
        problem(postJson(client, BASE + "/no-such-strategy/observations", body), 404);
        problem(get(client, BASE + "/" + id + "/measures/no-such-measure/observations"), 404);
        assertEquals(List.of("rows"), problem(postJson(client, BASE + "/" + id + "/observations", "[]"), 400).fields());
        assertEquals(0, observations(id, "attendance").size());
    }
}
