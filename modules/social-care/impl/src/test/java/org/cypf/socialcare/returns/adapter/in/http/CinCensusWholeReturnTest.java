package org.cypf.socialcare.returns.adapter.in.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cypf.governance.api.access.Caller;
import org.cypf.socialcare.CaseworkClient;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.SocialCareOverHttp;
import org.cypf.socialcare.api.returns.CinCensusFile;
import org.cypf.socialcare.api.returns.CinCensusImportResult;
import org.cypf.socialcare.api.returns.ImportIssue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The CIN census rules about a return as a whole (ADR 0124), 2024-25: each is reported once, about the return (no
 * child, line 0), as a finding that never holds a child back, with its DfE rule and its counts; the export notes
 * those its own file raises, and never writes one the DfE refuses (2884). Two files of 50 children, as another system
 * would write them:
 * <pre>
 * faulty: P1 a conference at Section47 level and the plan it started; P2 a conference at CINdetails level only and its
 *         plan; P4 the same conference at both levels (2884) and its plan; P3 and P5 a plan with no conference (so
 *         5 plans to 4 conferences: 2883; each child also breaks 2885 and is held back for it); U1, U2 Sex U, 2 of
 *         50 children (4%: 2886Q); D1 MOB, D2 HAND, the only disabilities, one a child (2887Q, 2888Q).
 * clean:  P1 as above; D1-D4 two disabilities each, 8 codes; U1 Sex U (2%, not more) and an unborn child with Sex U
 *         (an unborn child is not counted as one with no sex): none of the five rules is broken.
 * </pre>
 */
@ServerTest
class CinCensusWholeReturnTest {
    private static final String PATH = "/social-care/returns/cin-census/2024";
    private static final Caller SOCIAL_WORKER = new Caller("sw.smith", SocialCareFixture.PARTNER, "social-worker",
            null);
    private static final Set<String> WHOLE_RETURN_RULES = Set.of("2883", "2884", "2886Q", "2887Q", "2888Q");
    private static SocialCareFixture f;
    private final Http1Client client;
    private final CaseworkClient http;

    CinCensusWholeReturnTest(Http1Client client) {
        this.client = client;
        this.http = new CaseworkClient(client);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        f = SocialCareOverHttp.serve(routing, "cin census whole return");
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static final String ASSESSED = """
            <Assessments><AssessmentActualStartDate>2024-05-07</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-05-24</AssessmentAuthorisationDate>
              <FactorsIdentifiedAtAssessment><AssessmentFactors>3B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
            """;

    /** A child referred on 7 May 2024 and assessed; {@code extra} is the rest of the CINdetails. */
    private static String child(String id, String identifiers, String disabilities, String cinLevel, String extra) {
        return """
                <Child>
                  <ChildIdentifiers><LAchildID>%s</LAchildID><UPNunknown>UN1</UPNunknown>%s</ChildIdentifiers>
                  <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities>%s</Disabilities></ChildCharacteristics>
                  <CINdetails>
                    <CINreferralDate>2024-05-07</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>%s<ReferralNFA>0</ReferralNFA>
                    %s%s
                  </CINdetails>
                </Child>
                """.formatted(id, identifiers, disabilities, cinLevel, ASSESSED, extra);
    }

    private static String born(String sex) {
        return "<PersonBirthDate>2014-02-02</PersonBirthDate><Sex>" + sex + "</Sex>";
    }

    private static String disabilities(String... codes) {
        return java.util.Arrays.stream(codes.length == 0 ? new String[] {"NONE"} : codes)
                .map(c -> "<Disability>" + c + "</Disability>").collect(Collectors.joining());
    }

    private static String conference(String date) {
        return "<Section47><S47ActualStartDate>2024-05-27</S47ActualStartDate><InitialCPCtarget>" + date
                + "</InitialCPCtarget><DateOfInitialCPC>" + date + "</DateOfInitialCPC><ICPCnotRequired>0"
                + "</ICPCnotRequired></Section47>";
    }

    private static String plan(String start) {
        return "<ChildProtectionPlans><CPPstartDate>" + start + "</CPPstartDate><InitialCategoryOfAbuse>NEG"
                + "</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0"
                + "</NumberOfPreviousCPP></ChildProtectionPlans>";
    }

    private static String cinLevel(String date) {
        return "<DateOfInitialCPC>" + date + "</DateOfInitialCPC>";
    }

    private static String file(List<String> children) {
        return org.cypf.socialcare.returns.CinCensusMessages.of(String.join("", children));
    }

    /** Children of no concern to the rules, to make up a return of 50. */
    private static void fill(List<String> children, String prefix) {
        for (int i = children.size(); i < 50; i++) {
            children.add(child(prefix + i, born(i % 2 == 0 ? "M" : "F"), disabilities(), "", ""));
        }
    }

    static String faulty() {
        List<String> c = new java.util.ArrayList<>();
        c.add(child("P1", born("F"), disabilities(), "", conference("2024-06-10") + plan("2024-06-10")));
        c.add(child("P2", born("M"), disabilities(), cinLevel("2024-07-01"), plan("2024-07-01")));
        c.add(child("P3", born("F"), disabilities(), "", plan("2024-08-01")));
        c.add(child("P4", born("M"), disabilities(), cinLevel("2024-09-02"),
                conference("2024-09-02") + plan("2024-09-02")));
        c.add(child("P5", born("F"), disabilities(), "", plan("2024-10-01")));
        c.add(child("U1", born("U"), disabilities(), "", ""));
        c.add(child("U2", born("U"), disabilities(), "", ""));
        c.add(child("D1", born("M"), disabilities("MOB"), "", ""));
        c.add(child("D2", born("F"), disabilities("HAND"), "", ""));
        fill(c, "F");
        return file(c);
    }

    static String clean() {
        List<String> c = new java.util.ArrayList<>();
        c.add(child("P1", born("F"), disabilities(), "", conference("2024-06-10") + plan("2024-06-10")));
        c.add(child("D1", born("M"), disabilities("MOB", "HAND"), "", ""));
        c.add(child("D2", born("F"), disabilities("PC", "VIS"), "", ""));
        c.add(child("D3", born("M"), disabilities("HEAR", "LD"), "", ""));
        c.add(child("D4", born("F"), disabilities("INC", "BEH"), "", ""));
        c.add(child("U1", born("U"), disabilities(), "", ""));
        c.add(child("UNBORN", "<ExpectedPersonBirthDate>2025-06-01</ExpectedPersonBirthDate><Sex>U</Sex>",
                disabilities(), "", ""));
        fill(c, "C");
        return file(c);
    }

    private static List<ImportIssue> wholeReturn(CinCensusImportResult result) {
        return result.issues().stream().filter(i -> i.rule() != null && WHOLE_RETURN_RULES.contains(i.rule())).toList();
    }

    private static ImportIssue only(List<ImportIssue> issues, String rule) {
        List<ImportIssue> found = issues.stream().filter(i -> rule.equals(i.rule())).toList();
        assertEquals(1, found.size(), "rule " + rule + " is reported once for the return: " + issues);
        ImportIssue i = found.getFirst();
        assertEquals(null, i.child(), "about no child: " + i);
        assertEquals(0, i.line(), "about the file, not a line: " + i);
        assertEquals(ImportIssue.Severity.WARNING, i.severity(), "never holds a child back: " + i);
        assertTrue(i.message().contains("DfE rule " + rule), "the message names the rule: " + i.message());
        return i;
    }

    @Test
    void each_whole_return_rule_is_reported_once_with_its_counts_and_holds_no_child_back() {
        CinCensusImportResult checked = f.context.cinCensusImport().checkCensus(SOCIAL_WORKER, 2024, faulty());
        List<ImportIssue> found = wholeReturn(checked);

        ImportIssue plans = only(found, "2883");
        assertEquals("ChildProtectionPlans.CPPstartDate", plans.column());
        assertTrue(plans.message().contains("the DfE would refuse this return"), plans.message());
        assertTrue(plans.message().contains("5 plans start in the census year (2024-04-01 to 2025-03-31) and 4 "
                + "initial child protection conferences took place in it (2 DateOfInitialCPC at CINdetails level, 2 "
                + "at Section47 level)"), plans.message());
        ImportIssue both = only(found, "2884");
        assertTrue(both.message().contains("the DfE would refuse this return"), both.message());
        assertTrue(both.message().contains("1 initial child protection conference is recorded at both the Section47 "
                + "and CINdetails level") && both.message().contains("child P4 on 2024-09-02"), both.message());
        ImportIssue sex = only(found, "2886Q");
        assertEquals("ChildIdentifiers.Sex", sex.column(), "the element 2024-25's specification uses");
        assertTrue(sex.message().contains("2 of the 50 children (4.0%) have Sex missing or U"), sex.message());
        assertTrue(only(found, "2887Q").message().contains("2 disability codes (NONE aside): HAND, MOB"), found.toString());
        assertTrue(only(found, "2888Q").message().contains("each of the 2 children with a disability recorded has "
                + "one code"), found.toString());

        // Only a child's own errors hold it back: P3 and P5 (a plan with no conference, 2885), U1 and U2 (a sex
        // CYPF cannot record); P4, D1 and D2, whose records the return's findings name, are stored.
        Set<String> heldBack = checked.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR)
                .map(i -> String.valueOf(i.child())).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(Set.of("P3", "P5", "U1", "U2"), heldBack, checked.issues().toString());
        assertEquals(4, checked.childrenHeldBack());
        assertEquals(46, checked.childrenStored());
        Set<String> named = Set.of("P1", "P2", "P4", "D1", "D2");
        assertTrue(checked.issues().stream().filter(i -> named.contains(String.valueOf(i.child())))
                .noneMatch(i -> i.severity() == ImportIssue.Severity.ERROR), checked.issues().toString());
    }

    @Test
    void a_return_that_keeps_the_rules_raises_none_and_an_unborn_child_is_not_one_with_no_sex() {
        CinCensusImportResult checked = f.context.cinCensusImport().checkCensus(SOCIAL_WORKER, 2024, clean());
        assertEquals(List.of(), wholeReturn(checked), "1 child of 50 with no sex (2%) and an unborn one, 8 codes, "
                + "children with two disabilities, a plan for each conference");
    }

    @Test
    void a_conference_recorded_on_the_episode_falls_within_the_census_year_rule_8715() {
        List<String> c = new java.util.ArrayList<>();
        c.add(child("P2", born("M"), disabilities(), cinLevel("2024-07-01"), plan("2024-07-01")));
        c.add(child("B1", born("F"), disabilities(), cinLevel("2024-03-28"), ""));
        c.add(child("A1", born("M"), disabilities(), cinLevel("2025-04-01"), ""));
        c.add(child("S1", born("F"), disabilities(), "", conference("2024-03-28").replace("2024-05-27", "2024-03-20")));
        fill(c, "K");
        CinCensusImportResult checked = f.context.cinCensusImport().checkCensus(SOCIAL_WORKER, 2024, file(c));
        List<ImportIssue> found = checked.issues().stream().filter(i -> "8715".equals(i.rule())).toList();
        assertEquals(List.of("A1 CINdetails[1].DateOfInitialCPC", "B1 CINdetails[1].DateOfInitialCPC",
                "S1 CINdetails[1].Section47[1].DateOfInitialCPC"), found.stream().map(i -> i.child() + " " + i.column())
                .sorted().toList(), "before 1 April or after 31 March, at either level: " + checked.issues());
        assertTrue(found.stream().allMatch(i -> i.severity() == ImportIssue.Severity.ERROR
                && i.message().contains("DfE rule 8715") && i.message().contains("must fall within the census year")),
                found.toString());
        assertTrue(checked.issues().stream().noneMatch(i -> "P2".equals(i.child())), "P2's conference of 1 July 2024 "
                + "is in the year: " + checked.issues());
    }

    @Test
    void the_issues_download_lists_a_finding_about_the_return_with_no_child_and_line_0() {
        String csv;
        try (Http1ClientResponse r = http.as(client.post(PATH), SocialCareFixture.PARTNER)
                .header(HeaderNames.CONTENT_TYPE, "application/xml").header(HeaderNames.ACCEPT, "text/csv")
                .queryParam("dryRun", "true").submit(faulty())) {
            assertEquals(200, r.status().code());
            csv = r.as(String.class);
        }
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals("child,file,line,column,rule,message,severity", lines.getFirst());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(",cin-census-2024-25.xml,0,ChildProtectionPlans"
                + ".CPPstartDate,2883,") && l.endsWith(",warning")), csv);
        assertEquals(1, lines.stream().filter(l -> l.contains(",2884,")).count(), csv);
    }

    @Test
    void a_conference_at_both_levels_is_kept_once_one_on_the_episode_is_kept_and_the_export_notes_the_queries() {
        CinCensusImportResult first = f.context.cinCensusImport().importCensus(SOCIAL_WORKER, 2024, faulty());
        assertEquals(46, first.childrenStored(), first.issues().toString());
        CinCensusImportResult again = f.context.cinCensusImport().importCensus(SOCIAL_WORKER, 2024, faulty());
        assertEquals(0, again.episodesAdded(), "P4's conference kept once, so the same file matches what is held");
        assertEquals(first.episodesAdded(), again.episodesUnchanged());
        CinCensusFile file = f.context.cinCensusExport().exportCensus(SOCIAL_WORKER, 2024);
        String xml = file.xml();
        assertTrue(xml.contains("<PrimaryNeedCode>N1</PrimaryNeedCode><DateOfInitialCPC>2024-07-01</DateOfInitialCPC>"
                + "<ReferralNFA>"), "P2's conference recorded on its episode is kept: " + xml);
        assertFalse(xml.contains("<DateOfInitialCPC>2024-09-02</DateOfInitialCPC><ReferralNFA>"),
                "P4's conference is written once, at Section47 level: " + xml);
        assertTrue(xml.contains("<DateOfInitialCPC>2024-09-02</DateOfInitialCPC><ICPCnotRequired>"), xml);

        CinCensusImportResult own = f.context.cinCensusImport().checkCensus(SOCIAL_WORKER, 2024, xml);
        List<String> rules = wholeReturn(own).stream().map(ImportIssue::rule).sorted().toList();
        assertEquals(List.of("2887Q", "2888Q"), rules, "no whole-return error in CYPF's own file: " + own.issues());
        for (String rule : rules) {
            assertTrue(file.notes().stream().anyMatch(n -> n.startsWith("rule " + rule + " ")),
                    () -> rule + " noted: " + file.notes());
        }
        assertTrue(file.notes().stream().anyMatch(n -> n.startsWith("rule 2888Q (query about the whole return)")),
                file.notes().toString());
    }
}
