package org.cypf.governance.strategy.adapter.in.http;

import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.BASE;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.answer;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.freshId;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.get;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.postYaml;
import static org.cypf.governance.strategy.adapter.in.http.StrategyFixture.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cypf.governance.strategy.adapter.in.http.StrategyFixture.Answer;
import org.cypf.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Another partnership's plan, written the way such plans are (a 2006-09 children and young people's plan with a
 * "45 % reduction on the 1998 rate", an indicator family, yearly attendance targets, period-labelled values, its own
 * rating scale, commentary, owners, a linkage table and a board's meetings), loaded as YAML over HTTP on PostgreSQL:
 * the scorecard gives the ratings the partnership's own scale gives, and only a measure's owner (or the performance
 * team) submits and approves its values.
 */
@ServerTest
class PartnershipPlanHttpTest {
    private static final String NHS = "nhs";
    private static StrategyFixture f;
    private static String id;
    private final Http1Client client;

    PartnershipPlanHttpTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = StrategyFixture.start("partnership plan", Set.of(StrategyFixture.PARTNER, NHS));
        f.mount(routing);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    static String plan(String id) {
        return """
                id: {id}
                title: Children and Young People's Plan 2006-2009
                partnership: {name: Shire Children's Trust, area: Shire}
                period: {start: "2006-04-01", end: "2009-03-31"}
                ratingScale:
                  name: Trajectory rating
                  bands:
                    - {label: Ahead, rag: GREEN, upToPercent: -5}
                    - {label: On course, rag: GREEN, upToPercent: 2}
                    - {label: Slippage, rag: AMBER, upToPercent: 10}
                    - {label: Off course, rag: RED}
                outcomes:
                  - {id: be-healthy, name: Be healthy}
                  - {id: fewer-teenage-pregnancies, name: Fewer teenage pregnancies, parent: be-healthy}
                  - {id: enjoy-and-achieve, name: Enjoy and achieve}
                  - {id: stay-safe, name: Stay safe}
                priorities:
                  - {id: p11, number: 1, label: "1.1", title: Reduce teenage conceptions, outcomes: [fewer-teenage-pregnancies]}
                  - {id: p22, number: 2, label: "2.2", title: Improve attendance, outcomes: [enjoy-and-achieve]}
                partners:
                  - {id: pct, name: Shire Primary Care Trust, kind: health, organisation: nhs}
                  - {id: childrens-services, name: Children's Services, kind: council, organisation: council}
                standards:
                  - {id: nsf-1, name: "NSF Standard 1: Promoting health and well-being", source: National Service Framework 2004}
                links:
                  - {from: priority/p11, to: standard/nsf-1}
                  - {from: outcome/enjoy-and-achieve, to: standard/nsf-1, note: healthy schools}
                measures:
                  - id: teenage-conceptions
                    title: Under-18 conception rate
                    outcome: fewer-teenage-pregnancies
                    priorities: [p11]
                    unit: RATE_PER_1000
                    polarity: LOWER_IS_BETTER
                    frequency: ANNUAL
                    owner: pct
                    trajectory: INTERPOLATED
                    baseline: {periodLabel: "1998", value: 54.0}
                    targets:
                      - {by: "2010-12-31", changePercent: -45, note: 45 % reduction on the 1998 rate}
                    observations:
                      - {periodLabel: 2006/07, value: 38.0, note: ONS provisional}
                    commentary:
                      - periodLabel: 2006/07
                        narrative: Falling faster than the national rate since the sexual health service opened in schools.
                        reportedRating: On course
                        actions: [Extend the school service to the two remaining academies]
                        author: Teenage pregnancy coordinator
                  - id: healthy-weight
                    title: Healthy weight in reception year
                    outcome: be-healthy
                    unit: PERCENTAGE
                    polarity: LOWER_IS_BETTER
                    rollUp: WORST
                  - id: obese-reception
                    title: Obese in reception
                    outcome: be-healthy
                    partOf: healthy-weight
                    unit: PERCENTAGE
                    polarity: LOWER_IS_BETTER
                    targets: [{year: 1, value: 5.0}]
                    observations: [{asAt: "2007-03-31", periodLabel: 2006/07, value: 4.6}]
                  - id: overweight-reception
                    title: Overweight in reception
                    outcome: be-healthy
                    partOf: healthy-weight
                    unit: PERCENTAGE
                    polarity: LOWER_IS_BETTER
                    targets: [{year: 1, low: 12, high: 14}]
                    observations: [{asAt: "2007-03-31", periodLabel: 2006/07, value: 15.1}]
                  - id: attendance
                    title: Secondary school attendance
                    outcome: enjoy-and-achieve
                    priorities: [p22]
                    unit: PERCENTAGE
                    polarity: HIGHER_IS_BETTER
                    baseline: {asAt: "2006-03-31", periodLabel: 2005/06, value: 91.0}
                    targets: [{year: 1, value: 92}, {year: 2, value: 93}]
                    observations: [{asAt: "2007-03-31", periodLabel: 2006/07, value: 92.5}]
                  - id: placement-moves
                    title: Looked after children with three or more placements
                    outcome: stay-safe
                    unit: COUNT
                    polarity: LOWER_IS_BETTER
                    owner: childrens-services
                    targets: [{by: "2007-03-31", value: 10}]
                    observations: [{asAt: "2007-03-31", value: 14}]
                  - id: chlamydia-screening
                    title: Young people screened for chlamydia
                    outcome: be-healthy
                    unit: COUNT
                    polarity: HIGHER_IS_BETTER
                    owner: pct
                programme:
                  projects:
                    - id: sre
                      kind: KEY
                      title: Sex and relationships education in every school
                      seniorResponsibleOwner: Director of Public Health
                      priorities: [p11]
                      milestones: [{title: Every secondary school trained, due: "2007-01-31", status: IN_PROGRESS}]
                  risks:
                    - {id: funding, title: Grant ends in 2008, likelihood: 4, impact: 4, owner: Director of Finance}
                boards:
                  - id: trust-board
                    name: Children's Trust Board
                    meetings:
                      - date: "2007-01-15"
                        decisions: [Adopt the teenage pregnancy action plan]
                        actions:
                          - {title: Report on placement moves, owner: Head of Children's Services, due: "2007-02-28"}
                          - {title: Agree the school service budget, owner: PCT finance, due: "2007-02-28", status: DONE}
                      - date: "2007-04-20"
                        agenda: [Scorecard exceptions, Teenage pregnancy review]
                        decisions: [Fund the school service for 2007/08]
                        actions: [{title: Audit placement stability, owner: Head of Children's Services, due: "2007-06-30"}]
                """.replace("{id}", id);
    }

    private String loaded() {
        if (id == null) {
            String fresh = freshId("shire-cypp");
            Answer created = postYaml(client, BASE, plan(fresh));
            assertEquals(201, created.status(), created::text);
            id = fresh;
        }
        return id;
    }

    private JsonNode line(String date, String measureId) {
        JsonNode card = get(client, BASE + "/" + loaded() + "/scorecard?date=" + date).body();
        for (JsonNode group : card.get("groups")) {
            for (JsonNode m : group.get("measures")) {
                if (m.get("measureId").asText().equals(measureId)) {
                    return m;
                }
            }
        }
        throw new AssertionError("no " + measureId + " in " + card);
    }

    private Answer send(String method, String path, String organisation, String body, String... roles) {
        return sendAs("user." + organisation, method, path, organisation, body, roles);
    }

    private Answer sendAs(String user, String method, String path, String organisation, String body, String... roles) {
        var request = (method.equals("POST") ? client.post(path) : client.put(path))
                .header(HeaderNames.AUTHORIZATION, TestTokens.bearer(user, organisation, roles))
                .header(HeaderNames.CONTENT_TYPE, "application/json");
        return answer(request.submit(body));
    }

    @Test
    void a_relative_target_on_an_interpolated_trajectory_is_rated_on_the_partnerships_own_scale() {
        JsonNode conceptions = line("2007-06-30", "teenage-conceptions");
        // the 1998 rate of 54.0 less 45 % is 29.7 by 2010; on 31 March 2007 the straight line stands at 37.3010
        assertEquals("TRAJECTORY", conceptions.at("/target/basis").asText());
        assertEquals(0, new BigDecimal("37.3010").compareTo(conceptions.at("/target/value").decimalValue()), conceptions::toString);
        // 38.0 misses it by 1.87 %: AMBER by the five per cent rule, "On course" (GREEN) on the partnership's own
        // scale, as the partnership itself rated it; the value is judged against the line on its own date
        assertEquals("On course", conceptions.get("rating").asText());
        assertEquals("GREEN", conceptions.get("rag").asText());
        assertEquals("On course", conceptions.at("/commentary/reportedRating").asText());
        assertTrue(conceptions.at("/commentary/narrative").asText().startsWith("Falling faster"));
        assertEquals("2006/07", conceptions.at("/latest/periodLabel").asText(), "shown as written");
        assertEquals("2007-03-31", conceptions.at("/latest/asAt").asText(), "dated at the end of the financial year");
        assertEquals("1998", conceptions.at("/baseline/periodLabel").asText());
        assertEquals("IMPROVING", conceptions.get("direction").asText(), "travelled from the baseline");
        assertEquals("pct", conceptions.get("owner").asText());
    }

    @Test
    void an_indicator_family_rolls_up_the_worst_of_its_sub_measures() {
        JsonNode obese = line("2007-03-31", "obese-reception");
        assertEquals("Ahead", obese.get("rating").asText(), "4.6 against 5.0 is 8 % better");
        JsonNode overweight = line("2007-03-31", "overweight-reception");
        assertEquals("Slippage", overweight.get("rating").asText(), "15.1 is 7.9 % above the top of the 12-14 range");
        assertEquals("AMBER", overweight.get("rag").asText());
        assertEquals("14", overweight.at("/target/high").asText());
        JsonNode family = line("2007-03-31", "healthy-weight");
        assertEquals("AMBER", family.get("rag").asText());
        assertEquals("Slippage", family.get("rating").asText());
        assertEquals(List.of("obese-reception", "overweight-reception"), texts(family.get("subMeasures")));
        assertEquals("healthy-weight", overweight.get("partOf").asText());
    }

    @Test
    void a_yearly_target_applies_in_its_strategy_year_and_the_baseline_gives_a_direction() {
        JsonNode attendance = line("2007-03-31", "attendance");
        assertEquals("YEAR", attendance.at("/target/basis").asText());
        assertEquals(1, attendance.at("/target/year").asInt());
        assertEquals("92", attendance.at("/target/value").asText());
        assertEquals("On course", attendance.get("rating").asText());
        assertEquals("IMPROVING", attendance.get("direction").asText());
        assertEquals(91.0, attendance.at("/previous/value").asDouble());
        // in year 2 the year-2 target applies to the same value: 92.5 misses 93 by 0.54 %, still on course
        assertEquals("93", line("2007-06-30", "attendance").at("/target/value").asText());
    }

    @Test
    void three_levels_of_outcomes_labels_and_the_linkage_table_shown_both_ways() {
        JsonNode document = get(client, BASE + "/" + loaded()).body().get("document");
        assertEquals("be-healthy", document.at("/outcomes/1/parent").asText());
        assertEquals("1.1", document.at("/priorities/0/label").asText());
        assertEquals(List.of("priority/p11", "outcome/enjoy-and-achieve"),
                texts(get(client, BASE + "/" + id + "/links?item=standard/nsf-1").body().get("linked")));
        assertEquals(List.of("standard/nsf-1", "outcome/fewer-teenage-pregnancies", "measure/teenage-conceptions", "project/sre"),
                texts(get(client, BASE + "/" + id + "/links?item=priority/p11").body().get("linked")));
        assertEquals(List.of("outcome/be-healthy"),
                texts(get(client, BASE + "/" + id + "/links?item=outcome/fewer-teenage-pregnancies").body().get("linked"))
                        .stream().filter(s -> s.startsWith("outcome/")).toList());
    }

    @Test
    void the_board_pack_belongs_to_a_meeting_with_the_previous_meetings_decisions_and_actions_and_the_exceptions() {
        JsonNode pack = get(client, BASE + "/" + loaded() + "/boards/trust-board/pack?date=2007-04-20").body();
        assertEquals(List.of("Scorecard exceptions", "Teenage pregnancy review"), texts(pack.at("/meeting/agenda")));
        assertEquals(List.of("Adopt the teenage pregnancy action plan"), texts(pack.at("/previous/decisions")));
        assertTrue(pack.at("/previous/actions/0/overdue").asBoolean(), "open and due before the meeting");
        assertFalse(pack.at("/previous/actions/1/overdue").asBoolean(), "done");
        List<String> exceptions = new ArrayList<>();
        pack.get("exceptions").forEach(e -> exceptions.add(e.get("kind").asText() + " " + e.get("id").asText() + " "
                + e.path("owner").asText()));
        assertEquals(List.of("MEASURE placement-moves Children's Services", "MILESTONE sre Director of Public Health",
                "RISK funding Director of Finance"), exceptions);
        String html = get(client, BASE + "/" + id + "/board-pack?meeting=2007-04-20&board=trust-board").text();
        assertTrue(html.contains("Previous meeting") && html.contains("Exception report")
                && html.contains("Audit placement stability") && html.contains("(reported: On course)"), html);
        problem(get(client, BASE + "/" + id + "/boards/no-such-board/pack?date=2007-04-20"), 404);
    }

    @Test
    void only_the_owner_or_the_performance_team_submits_and_approves_and_values_go_draft_submitted_approved() {
        String rows = BASE + "/" + loaded() + "/observations";
        String row = """
                [{"measureId": "chlamydia-screening", "observation": {"asAt": "2007-03-31", "value": %s%s}}]""";
        Answer stranger = problem(send("POST", rows, StrategyFixture.PARTNER, row.formatted("1200", "")), 403);
        assertTrue(stranger.body().get("detail").asText().contains("Shire Primary Care Trust")
                && stranger.body().get("detail").asText().contains("GOV-OWN-01"), stranger::text);

        assertEquals(200, send("POST", rows, NHS, row.formatted("1150", ", \"state\": \"DRAFT\"")).status());
        assertEquals(200, send("POST", rows, NHS, row.formatted("1200", "")).status());
        JsonNode stored = get(client, BASE + "/" + id + "/measures/chlamydia-screening/observations").body().at("/observations/0");
        assertEquals("SUBMITTED", stored.get("state").asText());
        assertTrue(line("2007-06-30", "chlamydia-screening").get("dataQuality").toString().contains("MISSING"),
                "not on the scorecard until approved");
        problem(send("POST", rows, NHS, row.formatted("1200", ", \"state\": \"APPROVED\"")), 400);

        String approval = BASE + "/" + id + "/observations/approvals";
        String key = "[{\"measureId\": \"chlamydia-screening\", \"asAt\": \"2007-03-31\"}]";
        problem(send("POST", approval, StrategyFixture.PARTNER, key), 403);
        Answer approved = send("POST", approval, StrategyFixture.PARTNER, key, "performance-analyst");
        assertEquals(200, approved.status(), approved::text);
        assertEquals(1, approved.body().get("approved").asInt());
        assertEquals(1200, line("2007-06-30", "chlamydia-screening").at("/latest/value").asDouble());
        assertEquals(List.of("rows[0]"), problem(send("POST", approval, NHS, key), 400).fields(), "nothing left to approve");
    }

    @Test
    void the_owner_writes_one_periods_commentary_which_the_scorecard_shows_and_a_second_write_replaces() {
        String route = BASE + "/" + loaded() + "/measures/chlamydia-screening/commentary";
        String body = """
                {"periodLabel": "Q3 2007-08", "narrative": "%s", "reportedRating": "On course",
                 "actions": ["Screening in every sixth form"]}""";
        Answer stranger = problem(send("POST", route, StrategyFixture.PARTNER, body.formatted("Not ours")), 403);
        assertTrue(stranger.body().get("detail").asText().contains("GOV-OWN-01"), stranger::text);
        assertEquals(List.of("narrative"), problem(send("POST", route, NHS,
                "{\"periodLabel\": \"Q3 2007-08\"}"), 400).fields());
        assertEquals(List.of("asAt"), problem(send("POST", route, NHS,
                "{\"periodLabel\": \"Winter 2007\", \"narrative\": \"x\"}"), 400).fields());

        assertEquals(200, send("POST", route, NHS, body.formatted("Slow start in the colleges")).status());
        Answer second = send("POST", route, NHS, body.formatted("Colleges caught up in December"));
        assertEquals(200, second.status(), second::text);

        JsonNode story = line("2008-01-31", "chlamydia-screening").get("commentary");
        assertEquals("Colleges caught up in December", story.get("narrative").asText(), story::toString);
        assertEquals("Q3 2007-08", story.get("periodLabel").asText());
        assertEquals("user.nhs", story.get("author").asText(), "the author is the caller");
        assertEquals("On course", story.get("reportedRating").asText());
        assertTrue(line("2007-12-30", "chlamydia-screening").path("commentary").isMissingNode(),
                "the quarter's commentary speaks from the quarter's end, 31 December 2007");
        JsonNode held = get(client, BASE + "/" + id).body().at("/document/measures");
        List<String> narratives = new ArrayList<>();
        held.forEach(m -> {
            if (m.get("id").asText().equals("chlamydia-screening")) {
                m.get("commentary").forEach(c -> narratives.add(c.get("narrative").asText()));
            }
        });
        assertEquals(List.of("Colleges caught up in December"), narratives, "one commentary per period");
    }

    @Test
    void whoever_submitted_a_value_may_not_approve_it_not_even_the_performance_team() {
        String rows = BASE + "/" + loaded() + "/observations";
        String approval = BASE + "/" + id + "/observations/approvals";
        String row = "[{\"measureId\": \"chlamydia-screening\", \"observation\": {\"asAt\": \"2007-09-30\", \"value\": 900}}]";
        String key = "[{\"measureId\": \"chlamydia-screening\", \"asAt\": \"2007-09-30\"}]";
        assertEquals(200, send("POST", rows, NHS, row).status());

        Answer own = problem(send("POST", approval, NHS, key), 403);
        assertTrue(own.body().get("detail").asText().contains("GOV-OWN-02")
                && own.body().get("detail").asText().contains("separation of duties"), own::text);
        List<String> states = new ArrayList<>();
        get(client, BASE + "/" + id + "/measures/chlamydia-screening/observations").body().get("observations")
                .forEach(o -> states.add(o.get("asAt").asText() + " " + o.get("state").asText()));
        assertTrue(states.contains("2007-09-30 SUBMITTED"), "the refusal changed nothing: " + states);

        assertEquals(200, sendAs("analyst.council", "POST", rows, StrategyFixture.PARTNER, row, "performance-analyst").status());
        problem(sendAs("analyst.council", "POST", approval, StrategyFixture.PARTNER, key, "performance-analyst"), 403);
        Answer colleague = sendAs("colleague.nhs", "POST", approval, NHS, key);
        assertEquals(200, colleague.status(), colleague::text);
        assertEquals(900, line("2007-12-31", "chlamydia-screening").at("/latest/value").asDouble());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
