package org.cypf.socialcare.returns.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.cypf.socialcare.returns.adapter.out.xml.CinCensusXml;
import org.cypf.socialcare.returns.domain.CinCensusUpload;
import org.cypf.socialcare.returns.domain.RowErrors;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DfE's CIN census rules that set a child's records beside each other ({@link CinCensusTimeline}), one case per
 * rule: a child of 2024-25 that breaks it, read from the DfE's XML as an import reads it, must be refused with the
 * rule's number at the element's path. The checks read only the file, so no database is needed. A child whose
 * periods touch but do not overlap (an episode referred the day another closed, a child protection plan starting the
 * day a CIN plan ended) breaks none.
 */
class CinCensusTimelineTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("8820", "CINdetails[2].CINreferralDate", null,
                        cin("2024-05-01", "2024-09-01", "") + cin("2024-08-01", null, "")),
                rule("8815", "CINdetails[1].CINclosureDate", null,
                        cin("2024-05-01", null, "") + cin("2024-08-01", null, "")),
                rule("8816", "CINdetails[1].CINreferralDate", null,
                        cin("2024-05-01", null, "") + cin("2024-08-01", "2024-09-01", "")),
                rule("8863", "CINdetails[1].Assessments[2].AssessmentActualStartDate", null,
                        cin("2024-05-01", null, assessment("2024-05-02", "2024-06-01")
                                + assessment("2024-05-20", "2024-06-20"))),
                rule("8896", "CINdetails[1].Assessments[1].AssessmentAuthorisationDate", null,
                        cin("2024-05-01", null, assessment("2024-05-02", null) + assessment("2024-05-20", null))),
                rule("8890", "CINdetails[1].Section47[2].S47ActualStartDate", null,
                        cin("2024-05-01", null, s47("2024-05-02", "2024-05-20", false) + s47("2024-05-10", null, true))),
                rule("8839", "CINdetails[1].Section47[1].DateOfInitialCPC", null,
                        cin("2024-05-01", null, s47("2024-05-02", null, false) + s47("2024-05-10", null, false))),
                rule("4014", "CINdetails[1].CINPlanDates[2].CINPlanStartDate", null,
                        cin("2024-05-01", null, cinPlan("2024-06-01", "2024-09-01") + cinPlan("2024-08-01", null))),
                rule("4004", "CINdetails[1].CINPlanDates[1].CINPlanEndDate", null,
                        cin("2024-05-01", null, cinPlan("2024-06-01", null) + cinPlan("2024-08-01", null))),
                rule("8940", "CINdetails[1].ChildProtectionPlans[2].CPPstartDate", null,
                        cin("2024-05-01", null, plan("2024-06-03", "2024-10-01", "") + plan("2024-09-02", null, ""))),
                rule("8935", "CINdetails[1].ChildProtectionPlans[1].CPPendDate", null,
                        cin("2024-05-01", null, plan("2024-06-03", null, "") + plan("2024-09-02", null, ""))),
                rule("8867", "CINdetails[1].Assessments[1].AssessmentAuthorisationDate", null,
                        cin("2024-05-01", "2024-10-01", assessment("2024-05-02", null))),
                rule("8868", "CINdetails[1].Section47[1].ICPCnotRequired", null,
                        cin("2024-05-01", "2024-10-01", s47("2024-05-02", null, false))),
                rule("8868", "CINdetails[1].Section47[1].ICPCnotRequired", null,
                        cin("2024-05-01", "2024-10-01", s47("2024-05-02", "2024-05-20", true))),
                rule("8555", "CINdetails[1].CINreferralDate", "2024-06-01", cin("2024-07-01", null, "")),
                rule("4008", "CINdetails[1].CINPlanDates[1].CINPlanStartDate", "2024-07-01",
                        cin("2024-05-01", null, cinPlan("2024-08-01", null))),
                rule("4009", "CINdetails[1].CINPlanDates[1].CINPlanEndDate", "2024-07-01",
                        cin("2024-05-01", null, cinPlan("2024-06-01", "2024-08-01"))),
                rule("8915", "CINdetails[1].ChildProtectionPlans[1].CPPstartDate", "2024-07-01",
                        cin("2024-05-01", null, plan("2024-08-01", null, ""))),
                rule("8920", "CINdetails[1].ChildProtectionPlans[1].CPPendDate", "2024-07-01",
                        cin("2024-05-01", null, plan("2024-06-03", "2024-08-01", ""))),
                rule("1104", "CINdetails[1].Section47[1].DateOfInitialCPC", null,
                        cin("2024-05-10", null, s47("2024-05-02", "2024-05-06", false))),
                rule("8875", "CINdetails[1].Section47[1].DateOfInitialCPC", null,
                        cin("2024-05-01", null, s47("2024-05-02", "2024-05-18", false))),
                rule("4001", "CINdetails[1].CINPlanDates[1].CINPlanEndDate", null,
                        cin("2024-05-01", null, cinPlan("2024-09-02", null) + plan("2024-06-03", null, ""))),
                rule("4003", "CINdetails[1].ChildProtectionPlans[1].Reviews.CPPreviewDate[1]", null,
                        cin("2024-05-01", null, cinPlan("2024-06-01", "2024-12-01")
                                + plan("2024-06-03", "2024-11-01", "2024-08-01"))),
                rule("4016", "CINdetails[1].CINPlanDates[1].CINPlanStartDate", null,
                        cin("2024-05-01", null, cinPlan("2024-07-01", "2024-09-01")
                                + plan("2024-06-03", "2024-10-01", ""))),
                rule("2885", "CINdetails[1].ChildProtectionPlans[1].CPPstartDate", null,
                        cin("2024-05-01", null, s47("2024-05-02", "2024-05-20", false) + plan("2024-05-21", null, ""))),
                rule("4017", "CINdetails[1].ChildProtectionPlans[1].CPPstartDate", null,
                        cin("2024-05-01", null, cinPlan("2024-06-03", "2024-10-01")
                                + plan("2024-07-01", "2024-09-01", ""))));
    }

    /** The queries of work still open at 31 March long after it began; never an error. */
    @Test
    void queries_an_assessment_or_enquiry_open_long_before_the_year_ends() {
        // 45 working days before 31 March 2025 is 27 January 2025; 15 working days is 10 March 2025.
        List<RowErrors.ImportIssue> issues = check(child("X3", null, cin("2025-01-06", null,
                assessment("2025-01-24", null) + s47("2025-03-07", null, false))));
        assertEquals(List.of("8670Q|CINdetails[1].Assessments[1].AssessmentActualStartDate|WARNING",
                        "8675Q|CINdetails[1].Section47[1].S47ActualStartDate|WARNING"),
                issues.stream().map(i -> i.rule() + "|" + i.column() + "|" + i.severity()).sorted().toList());
        assertEquals(List.of(), check(child("X4", null, cin("2025-01-06", null,
                assessment("2025-01-27", null) + s47("2025-03-10", null, false)))));
    }

    /** 8899Q: a child with a disability whose assessment of the year names no disability factor (5A, 6A). */
    @Test
    void queries_a_disabled_childs_assessment_with_no_disability_factor() {
        String disabled = child("X5", null, cin("2024-05-01", null, assessment("2024-05-02", "2024-06-01")))
                .replace("<Disability>NONE</Disability>", "<Disability>MOB</Disability>");
        assertEquals(List.of("8899Q|CINdetails[1].Assessments[1].FactorsIdentifiedAtAssessment|WARNING"),
                check(disabled).stream().map(i -> i.rule() + "|" + i.column() + "|" + i.severity()).toList());
        assertEquals(List.of(), check(disabled.replace("<AssessmentFactors>3B", "<AssessmentFactors>6A")));
        assertEquals(List.of(), check(child("X6", null, cin("2024-05-01", null,
                assessment("2024-05-02", "2024-06-01")))), "NONE is no disability");
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("rules")
    void refuses_a_child_that_breaks_the_rule_naming_it(String rule, String column, String death, String episodes) {
        List<RowErrors.ImportIssue> issues = check(child("X1", death, episodes));
        assertTrue(issues.stream().anyMatch(i -> rule.equals(i.rule()) && column.equals(i.column())
                        && i.severity() == RowErrors.Severity.ERROR && "X1".equals(i.child())),
                () -> "rule " + rule + " at " + column + " in " + issues);
    }

    @Test
    void periods_that_touch_but_do_not_overlap_break_none() {
        String episodes = cin("2024-04-10", "2024-06-10", assessment("2024-04-11", "2024-05-01")
                + assessment("2024-05-02", "2024-05-20") + s47("2024-05-21", null, true)
                + s47("2024-05-22", "2024-06-03", false))
                + cin("2024-06-10", null, assessment("2025-02-03", null) + cinPlan("2024-06-20", "2024-08-01")
                + s47("2024-07-29", "2024-08-01", false) + plan("2024-08-01", "2025-01-10", "2024-11-01")
                + s47("2025-01-06", "2025-01-13", false) + plan("2025-01-13", null, ""));
        assertEquals(List.of(), check(child("X2", "2025-03-01", episodes)));
    }

    private static List<RowErrors.ImportIssue> check(String child) {
        String xml = org.cypf.socialcare.returns.CinCensusMessages.of(child);
        CinCensusUpload upload = new CinCensusXml().read(2024, "cin.xml", xml);
        new CinCensusChecks(upload, CinCensusCodes.standard(), TODAY).checkAll();
        return upload.errors().all();
    }

    private static Arguments rule(String rule, String column, String death, String episodes) {
        return Arguments.of(rule, column, death, episodes);
    }

    private static String child(String id, String death, String episodes) {
        return "<Child><ChildIdentifiers><LAchildID>" + id + "</LAchildID><UPNunknown>UN1</UPNunknown>"
                + "<PersonBirthDate>2015-02-02</PersonBirthDate><Sex>F</Sex>"
                + (death == null ? "" : "<PersonDeathDate>" + death + "</PersonDeathDate>") + "</ChildIdentifiers>"
                + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability>"
                + "</Disabilities></ChildCharacteristics>" + episodes + "</Child>\n";
    }

    /** A CINdetails with further action (N1), closed RC7 when {@code closed} is given. */
    private static String cin(String referral, String closed, String parts) {
        return "<CINdetails><CINreferralDate>" + referral + "</CINreferralDate><ReferralSource>1A</ReferralSource>"
                + "<PrimaryNeedCode>N1</PrimaryNeedCode>"
                + (closed == null ? "" : "<CINclosureDate>" + closed + "</CINclosureDate><ReasonForClosure>RC7"
                + "</ReasonForClosure>") + "<ReferralNFA>0</ReferralNFA>" + parts + "</CINdetails>\n";
    }

    private static String assessment(String start, String authorised) {
        return "<Assessments><AssessmentActualStartDate>" + start + "</AssessmentActualStartDate>"
                + (authorised == null ? "" : "<AssessmentAuthorisationDate>" + authorised
                + "</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>3B"
                + "</AssessmentFactors></FactorsIdentifiedAtAssessment>") + "</Assessments>";
    }

    private static String cinPlan(String start, String end) {
        return "<CINPlanDates><CINPlanStartDate>" + start + "</CINPlanStartDate>"
                + (end == null ? "" : "<CINPlanEndDate>" + end + "</CINPlanEndDate>") + "</CINPlanDates>";
    }

    private static String s47(String start, String icpc, boolean notRequired) {
        return "<Section47><S47ActualStartDate>" + start + "</S47ActualStartDate>"
                + (icpc == null ? "" : "<DateOfInitialCPC>" + icpc + "</DateOfInitialCPC>")
                + "<ICPCnotRequired>" + (notRequired ? 1 : 0) + "</ICPCnotRequired></Section47>";
    }

    private static String plan(String start, String end, String review) {
        return "<ChildProtectionPlans><CPPstartDate>" + start + "</CPPstartDate>"
                + (end == null ? "" : "<CPPendDate>" + end + "</CPPendDate>")
                + "<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG"
                + "</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>"
                + (review.isEmpty() ? "" : "<Reviews><CPPreviewDate>" + review + "</CPPreviewDate></Reviews>")
                + "</ChildProtectionPlans>";
    }
}
