package org.cypf.socialcare.returns.application;

import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.ImportIssue;
import org.cypf.socialcare.api.returns.Ssda903ImportResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every SSDA903 import check names the DfE validation rule it enforces (issue 13), as the integrators' guide lists
 * them, or the code of CYPF's own check when the DfE has no rule for it. One dry run of a return in which each child
 * carries one fault (collection year 2024-25); one test per rule, each asserting that the issue at the faulty field
 * names the rule, in its {@code rule} and in its message.
 */
class Ssda903RuleNumbersTest {
    private static SocialCareFixture db;
    /** The return's files as they are built, each with its column header. */
    private static final Map<String, StringBuilder> FILES = new LinkedHashMap<>();
    /** Each fault: the field of the issue expected and the rule it must name. */
    private static final List<String[]> EXPECTED = new ArrayList<>();
    private static Ssda903ImportResult result;

    private static final String BORN = "01/02/2015";
    private static final String IN_CARE = ",01/05/2024,S,C2,N1,U6,PR1,,,,,,";

    static {
        FILES.put("header.csv", new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n"));
        FILES.put("episodes.csv", new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,"
                + "REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n"));
        FILES.put("reviews.csv", new StringBuilder("CHILD,DOB,REVIEW,REVIEW_CODE\r\n"));
        FILES.put("uasc.csv", new StringBuilder("CHILD,SEX,DOB,DUC\r\n"));
        FILES.put("missing.csv", new StringBuilder("CHILD,DOB,MISSING,MIS_START,MIS_END\r\n"));
        FILES.put("oc3.csv", new StringBuilder("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n"));
        FILES.put("ad1.csv", new StringBuilder("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,"
                + "LS_ADOPTR\r\n"));
        FILES.put("placed_adoption.csv", new StringBuilder("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,"
                + "REASON_PLACED_CEASED\r\n"));
        FILES.put("prev_perm.csv", new StringBuilder("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\n"));
    }

    /** Adds {@code row} to {@code file}; answers its line as an issue names it (the column header is line 1). */
    private static int row(String file, String row) {
        StringBuilder content = FILES.get(file);
        content.append(row).append("\r\n");
        return (int) content.chars().filter(c -> c == '\n').count();
    }

    /**
     * A child in the header, born {@code dob}, looked after from 1 May 2024 unless {@code episodes} says otherwise,
     * with a "no UPN" reason (UN4) so that no child warns of a blank UPN (DfE rule 442) but the one that tests it.
     */
    private static void child(String child, String sex, String dob, String... episodes) {
        row("header.csv", child + "," + sex + "," + dob + ",,UN4,,");
        for (String e : episodes.length == 0 ? new String[] {child + IN_CARE} : episodes) {
            row("episodes.csv", e);
        }
    }

    private static void expect(String file, int line, String column, String rule) {
        EXPECTED.add(new String[] {file + "[" + line + "]" + (column == null ? "" : "." + column), rule});
    }

    @BeforeAll
    static void importTheFaults() {
        db = SocialCareFixture.start("ssda903 rule numbers", 20_000);
        // A child held, whose header the file then contradicts (CYPF-HELD).
        db.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, List.of(
                new CsvFile("header.csv", FILES.get("header.csv") + "HELD1,1," + BORN + ",,,,\r\n"),
                new CsvFile("episodes.csv", FILES.get("episodes.csv") + "HELD1" + IN_CARE + "\r\n")));

        // header.csv
        expect("header.csv", row("header.csv", "H101,3," + BORN + ",,,,"), "SEX", "101");
        expect("header.csv", row("header.csv", "H102,1,2015-02-01,,,,"), "DOB", "102");
        expect("header.csv", row("header.csv", "H103,1," + BORN + ",wbri,,,"), "ETHNIC", "103");
        expect("header.csv", row("header.csv", "H165,2," + BORN + ",,,2,"), "MOTHER", "165");
        expect("header.csv", row("header.csv", "H171,2,01/02/2008,,,1,1/2/24"), "MC_DOB", "171");
        expect("header.csv", row("header.csv", "H612,2,01/02/2008,,,0,01/01/2024"), "MC_DOB", "612");
        expect("header.csv", row("header.csv", "H168,1," + BORN + ",,A12345,,"), "UPN", "168");
        expect("header.csv", row("header.csv", "HUPN,1," + BORN + ",,B861200101002,,"), "UPN", "CYPF-UPN-CHECK");
        expect("header.csv", row("header.csv", "H-1,1," + BORN + ",,,,"), "CHILD", "CYPF-CHILD");
        expect("header.csv", row("header.csv", "H2026,1,01/05/2025,,,,"), "DOB", "CYPF-YEAR");
        expect("header.csv", row("header.csv", "HELD1,2," + BORN + ",,,,"), "SEX", "CYPF-HELD");

        // episodes.csv: a value the DfE's rule cannot read
        child("E141", "1", BORN);
        expect("episodes.csv", row("episodes.csv", "E141,2024-05-01,S,C2,N1,U6,PR1,,,,,,"), "DECOM", "141");
        String[][] values = {{"E143", "RNE", "E143,01/05/2024,Q,C2,N1,U6,PR1,,,,,,", "143"},
            {"E144", "LS", "E144,01/05/2024,S,C9,N1,U6,PR1,,,,,,", "144"},
            {"E145", "CIN", "E145,01/05/2024,S,C2,N9,U6,PR1,,,,,,", "145"},
            {"E146", "PLACE", "E146,01/05/2024,S,C2,N1,X9,PR1,,,,,,", "146"},
            {"E178", "PLACE_PROVIDER", "E178,01/05/2024,S,C2,N1,U6,PR9,,,,,,", "178"},
            {"E147", "DEC", "E147,01/05/2024,S,C2,N1,U6,PR1,32/01/2025,E3,,,,", "147"},
            {"E149", "REC", "E149,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,E99,,,,", "149"},
            {"E354", "DECOM", "E354,01/05/2025,S,C2,N1,U6,PR1,,,,,,", "354"},
            {"E408", "PLACE", "E408,01/05/2024,S,C2,N1,A5,PR1,,,,,,", "408"},
            {"E550", "PLACE_PROVIDER", "E550,01/05/2024,S,C2,N1,U6,PR0,,,,,,", "550"},
            {"E356", "DEC", "E356,01/06/2024,S,C2,N1,U6,PR1,01/05/2024,E3,,,,", "356"},
            {"E148", "REC", "E148,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,,,,,", "148"},
            {"E388", "REC", "E388,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,", "388"},
            {"E357", "RNE", "E357,01/05/2024,P,C2,N1,U6,PR1,,,,,,", "357"},
            {"EREQ", "LS", "EREQ,01/05/2024,S,,N1,U6,PR1,,,,,,", "CYPF-REQUIRED"},
            {"EYEAR", "DEC", "EYEAR,01/01/2024,S,C2,N1,U6,PR1,01/02/2024,E3,,,,", "CYPF-YEAR"},
            {"EPOST", "HOME_POST", "EPOST,01/05/2024,S,C2,N1,U6,PR1,,,,NOTAPOSTCODE,,", "CYPF-FORMAT"},
            {"E1008", "URN", "E1008,01/05/2024,S,C2,N1,U6,PR1,,,,,,SC12", "1008"}};
        for (String[] v : values) {
            row("header.csv", v[0] + ",1," + BORN + ",,UN4,,");
            expect("episodes.csv", row("episodes.csv", v[2]), v[1], v[3]);
        }
        child("E1009", "1", BORN, "E1009,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,NOPE,,,");
        expect("episodes.csv", row("episodes.csv", "E1009,01/06/2024,P,C2,N1,U4,PR4,,,,,,") - 1,
                "REASON_PLACE_CHANGE", "1009");
        // a child's history
        child("E142", "1", BORN, "E142,01/05/2024,S,C2,N1,U6,PR1,,,,,,");
        expect("episodes.csv", row("episodes.csv", "E142,01/06/2024,P,C2,N1,U4,PR4,,,,,,"), "DECOM", "142");
        child("E433", "1", BORN, "E433,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,CARPL,,,");
        expect("episodes.csv", row("episodes.csv", "E433,02/06/2024,P,C2,N1,U4,PR4,,,,,,"), "DECOM", "433");
        child("E431", "1", BORN, "E431,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,");
        expect("episodes.csv", row("episodes.csv", "E431,01/06/2024,S,C2,N1,U4,PR4,,,,,,"), "RNE", "431");
        child("E501", "1", BORN, "E501,01/05/2024,S,C2,N1,U6,PR1,10/06/2024,E3,,,,");
        expect("episodes.csv", row("episodes.csv", "E501,05/06/2024,S,C2,N1,U4,PR4,,,,,,"), "DECOM", "501");
        child("E432", "1", BORN, "E432,01/05/2024,S,C2,N1,U6,PR1,10/06/2024,E3,,,,");
        expect("episodes.csv", row("episodes.csv", "E432,20/06/2024,P,C2,N1,U4,PR4,,,,,,"), "RNE", "432");
        // a period (S) that starts the day the previous one ended (REC not X1)
        child("E431S", "1", BORN, "E431S,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,E3,,,,");
        expect("episodes.csv", row("episodes.csv", "E431S,01/06/2024,S,C2,N1,U4,PR4,,,,,,"), "DECOM", "431");
        // a provider for a placement without one: T0-T4 (213), Z1 (178)
        child("E213", "1", BORN, "E213,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,");
        expect("episodes.csv", row("episodes.csv", "E213,01/06/2024,P,C2,N1,T1,PR1,,,,,,"), "PLACE_PROVIDER", "213");
        child("E178Z", "1", BORN, "E178Z,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,CARPL,,,");
        expect("episodes.csv", row("episodes.csv", "E178Z,01/06/2024,P,C2,N1,Z1,PR1,,,,,,"), "PLACE_PROVIDER", "178");
        // ... and none given for one: accepted
        child("ENOPR", "1", BORN, "ENOPR,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,",
                "ENOPR,01/06/2024,P,C2,N1,T1,,,,,,,");
        // temporary placements (T0-T4): entered by a change of placement and carer (380), left only into another
        // episode (381), and no longer than the DfE allows: T1 six weeks (375), T3 three weeks (376), T4 a week (379)
        row("header.csv", "E380,1," + BORN + ",,UN4,,");
        expect("episodes.csv", row("episodes.csv", "E380,01/05/2024,S,C2,N1,T1,,,,,,,"), "RNE", "380");
        child("E380T", "1", BORN, "E380T,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,");
        expect("episodes.csv", row("episodes.csv", "E380T,01/06/2024,T,C2,N1,T3,,,,,,,"), "RNE", "380");
        child("E381", "1", BORN, "E381,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,");
        expect("episodes.csv", row("episodes.csv", "E381,01/06/2024,P,C2,N1,T1,,10/06/2024,E3,,,,"), "REC", "381");
        String[][] tooLong = {{"E375", "T1", "14/07/2024", "375"}, {"E376", "T3", "23/06/2024", "376"},
            {"E379", "T4", "09/06/2024", "379"}};
        for (String[] t : tooLong) {
            child(t[0], "1", BORN, t[0] + ",01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,");
            expect("episodes.csv", row("episodes.csv", t[0] + ",01/06/2024,P,C2,N1," + t[1] + ",," + t[2] + ",X1,,,,"),
                    "DEC", t[3]);
            row("episodes.csv", t[0] + "," + t[2] + ",P,C2,N1,U6,PR1,,,,,,");
        }
        // the child returns from a temporary placement to the one before it: RNE P, its PLACE and PL_POST (383)
        child("E383", "1", BORN, "E383,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,ST4 1HH,",
                "E383,01/06/2024,P,C2,N1,T3,,10/06/2024,X1,,,,");
        int returning = row("episodes.csv", "E383,10/06/2024,T,C2,N1,U4,PR4,,,,,ST6 3AA,");
        expect("episodes.csv", returning, "RNE", "383");
        expect("episodes.csv", returning, "PLACE", "383");
        expect("episodes.csv", returning, "PL_POST", "383");
        // ... back to the same placement and postcode with P: accepted
        child("E383OK", "1", BORN, "E383OK,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,ST4 1HH,",
                "E383OK,01/06/2024,P,C2,N1,T3,,10/06/2024,X1,,,,", "E383OK,10/06/2024,P,C2,N1,U6,PR1,,,,,ST4 1HH,");
        // ... and each for as long as it may: accepted
        child("ELIMIT", "1", BORN, "ELIMIT,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,",
                "ELIMIT,01/06/2024,P,C2,N1,T1,,13/07/2024,X1,,,,", "ELIMIT,13/07/2024,P,C2,N1,U6,PR1,01/08/2024,X1,,,,",
                "ELIMIT,01/08/2024,B,C1,N1,T3,,22/08/2024,X1,,,,", "ELIMIT,22/08/2024,P,C1,N1,U6,PR1,01/09/2024,X1,,,,",
                "ELIMIT,01/09/2024,P,C1,N1,T4,,08/09/2024,X1,,,,", "ELIMIT,08/09/2024,P,C1,N1,U6,PR1,,,,,,");
        expect("episodes.csv", row("episodes.csv", "NOHEADER" + IN_CARE), "CHILD", "CYPF-CHILD");
        // The DfE's placeholder for a placement with no URN is not refused.
        child("EURNX", "1", BORN, "EURNX,01/05/2024,S,C2,N1,U6,PR1,,,,,,XXXXXXX");

        // reviews.csv
        child("R166", "1", BORN);
        expect("reviews.csv", row("reviews.csv", "R166," + BORN + ",1/6/24,PN1"), "REVIEW", "166");
        child("R167", "1", BORN);
        expect("reviews.csv", row("reviews.csv", "R167," + BORN + ",01/06/2024,PN9"), "REVIEW_CODE", "167");
        child("R441", "1", "01/02/2022");
        expect("reviews.csv", row("reviews.csv", "R441,01/02/2022,01/06/2024,PN1"), "REVIEW_CODE", "441");
        child("R440", "1", BORN);
        expect("reviews.csv", row("reviews.csv", "R440," + BORN + ",01/06/2024,PN0"), "REVIEW_CODE", "440");
        child("RHELD", "1", BORN);
        expect("reviews.csv", row("reviews.csv", "RHELD," + BORN + ",01/04/2024,PN1"), "REVIEW", "CYPF-HELD");

        // uasc.csv
        child("U104", "1", "01/02/2010");
        expect("uasc.csv", row("uasc.csv", "U104,1,01/02/2010,xx"), "DUC", "104");
        child("U104B", "1", "01/02/2010");
        expect("uasc.csv", row("uasc.csv", "U104B,1,01/02/2010,01/03/2024"), "DUC", "104");
        // born in the year, so that a DUC before birth is not also before the year (rule 104)
        child("UREC", "1", "01/02/2025", "UREC,01/03/2025,S,C2,N1,U6,PR1,,,,,,");
        expect("uasc.csv", row("uasc.csv", "UREC,1,01/02/2025,01/05/2024"), "DUC", "CYPF-RECORD");

        // missing.csv
        child("M1006", "1", BORN);
        expect("missing.csv", row("missing.csv", "M1006," + BORN + ",Z,01/06/2024,"), "MISSING", "1006");
        child("M570", "1", BORN);
        expect("missing.csv", row("missing.csv", "M570," + BORN + ",M,01/05/2025,"), "MIS_START", "570");
        child("M571", "1", BORN);
        expect("missing.csv", row("missing.csv", "M571," + BORN + ",M,01/06/2024,01/05/2025"), "MIS_END", "571");
        child("M567", "1", BORN);
        expect("missing.csv", row("missing.csv", "M567," + BORN + ",M,10/06/2024,05/06/2024"), "MIS_END", "567");
        child("M574", "1", BORN);
        row("missing.csv", "M574," + BORN + ",M,01/06/2024,10/06/2024");
        expect("missing.csv", row("missing.csv", "M574," + BORN + ",A,05/06/2024,07/06/2024"), "MIS_START", "574");

        // oc3.csv: 18th birthday on 1 August 2024
        String leaver = "01/08/2006";
        String[][] oc3 = {{"O131", "MAYBE,,", "IN_TOUCH", "131"}, {"O132", "YES,Z9,B1", "ACTIV", "132"},
            {"O133", "YES,F2,Q9", "ACCOM", "133"}, {"O345", "YES,,B1", "ACTIV", "345"},
            {"O344", "DIED,F2,0", "ACTIV", "344"}, {"O344R", "RHOM,F2,0", "ACTIV", "344"},
            {"OYEAR", "YES,F2,B1", "DOB", "CYPF-YEAR"}};
        for (String[] o : oc3) {
            String dob = o[0].equals("OYEAR") ? BORN : leaver;
            row("header.csv", o[0] + ",1," + dob + ",,,,");
            expect("oc3.csv", row("oc3.csv", o[0] + "," + dob + "," + o[1]), o[2], o[3]);
        }

        // ad1.csv: adopted on 1 March 2025
        String[][] ad1 = {{"A112", "x,01/09/2024,1,2,MF,L12", "DATE_INT", "112"},
            {"A113", "01/06/2024,x,1,2,MF,L12", "DATE_MATCH", "113"},
            {"A114", "01/06/2024,01/09/2024,2,2,MF,L12", "FOSTER_CARE", "114"},
            {"A175", "01/06/2024,01/09/2024,1,3,MF,L12", "NB_ADOPTR", "175"},
            {"A176", "01/06/2024,01/09/2024,1,2,ZZ,L12", "SEX_ADOPTR", "176"},
            {"A177", "01/06/2024,01/09/2024,1,2,MF,L9", "LS_ADOPTR", "177"},
            {"A333", "01/09/2024,01/06/2024,1,2,MF,L12", "DATE_MATCH", "333"},
            {"A151", "01/06/2024,01/09/2024,,,,", null, "151"}};
        for (String[] a : ad1) {
            child(a[0], "1", BORN, a[0] + ",01/05/2024,S,E1,N1,A6,PR1,01/03/2025,E11,,,,");
            expect("ad1.csv", row("ad1.csv", a[0] + "," + BORN + "," + a[1]), a[2], a[3]);
        }

        // placed_adoption.csv
        String[][] placed = {{"P115", "x,,", "DATE_PLACED", "115"}, {"P116", "01/06/2024,x,RD1", "DATE_PLACED_CEASED", "116"},
            {"P120", "01/06/2024,01/07/2024,RD9", "REASON_PLACED_CEASED", "120"},
            {"P117", "01/05/2025,,", "DATE_PLACED", "117"}, {"P119", "01/06/2024,,RD1", "DATE_PLACED_CEASED", "119"}};
        for (String[] p : placed) {
            child(p[0], "1", BORN);
            expect("placed_adoption.csv", row("placed_adoption.csv", p[0] + "," + BORN + "," + p[1]), p[2], p[3]);
        }

        // header.csv: a child looked after with neither a UPN nor a reason for none (a warning)
        expect("header.csv", row("header.csv", "H442,1," + BORN + ",,,,"), "UPN", "442");
        row("episodes.csv", "H442" + IN_CARE);

        // prev_perm.csv
        child("V631", "1", BORN);
        expect("prev_perm.csv", row("prev_perm.csv", "V631," + BORN + ",P9,,"), "PREV_PERM", "631");
        child("V632", "1", BORN);
        expect("prev_perm.csv", row("prev_perm.csv", "V632," + BORN + ",P2,860,x"), "DATE_PERM", "632");

        List<CsvFile> files = new ArrayList<>();
        FILES.forEach((name, content) -> files.add(new CsvFile(name, content.toString())));
        result = db.context.ssda903Returns().checkReturn(SOCIAL_WORKER, 2024, files);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @TestFactory
    Stream<DynamicTest> each_check_names_the_dfe_rule_it_enforces_or_its_own_cypf_code() {
        return EXPECTED.stream().map(e -> DynamicTest.dynamicTest(e[1] + " at " + e[0], () -> {
            List<ImportIssue> at = result.issues().stream().filter(i -> i.field().equals(e[0])).toList();
            assertTrue(at.stream().anyMatch(i -> e[1].equals(i.rule())), "no issue naming " + e[1] + " at " + e[0]
                    + ": " + at);
            ImportIssue issue = at.stream().filter(i -> e[1].equals(i.rule())).findFirst().orElseThrow();
            String named = e[1].startsWith("CYPF-") ? "(" + e[1] + ": CYPF's own check, no DfE rule)"
                    : "DfE rule " + e[1];
            assertTrue(issue.message().contains(named), "the message names the rule: " + issue.message());
        }));
    }

    @org.junit.jupiter.api.Test
    void the_dfe_s_urn_placeholder_is_accepted() {
        assertEquals(List.of(), result.issues().stream().filter(i -> "EURNX".equals(i.child())).toList());
    }

    @org.junit.jupiter.api.Test
    void a_temporary_placement_without_a_provider_is_accepted() {
        assertEquals(List.of(), result.issues().stream().filter(i -> "ENOPR".equals(i.child())).toList());
    }

    @org.junit.jupiter.api.Test
    void a_return_from_a_temporary_placement_to_the_placement_before_it_is_accepted() {
        assertEquals(List.of(), result.issues().stream().filter(i -> "E383OK".equals(i.child())).toList());
    }

    @org.junit.jupiter.api.Test
    void a_temporary_placement_entered_by_a_change_of_placement_and_left_within_its_limit_is_accepted() {
        assertEquals(List.of(), result.issues().stream().filter(i -> "ELIMIT".equals(i.child())).toList());
    }

    @TestFactory
    Stream<DynamicTest> every_issue_of_the_return_names_a_rule_or_a_code_of_cypf_s_own() {
        return result.issues().stream().map(i -> DynamicTest.dynamicTest(i.field(), () -> {
            assertTrue(i.rule() != null && (i.rule().startsWith("CYPF-") || i.rule().matches("[0-9]+[A-Z]?")),
                    "no rule: " + i);
            assertEquals(i.severity() == ImportIssue.Severity.WARNING, List.of("CYPF-UPN-CHECK", "151", "442")
                    .contains(i.rule()), "only the check letter, a partial AD1 and a blank UPN are warnings: " + i);
        }));
    }
}
