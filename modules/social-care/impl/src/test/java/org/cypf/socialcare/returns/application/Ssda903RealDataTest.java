package org.cypf.socialcare.returns.application;

import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.ImportIssue;
import org.cypf.socialcare.api.returns.Ssda903ImportResult;
import org.cypf.socialcare.api.returns.Ssda903Return;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SSDA903 import on files with the faults real files have (issue 13): each defect found by an integrator's
 * migration, and the child-by-child import that stores every valid child, holds back each faulty child whole, and
 * names every error with its DfE rule. Collection year 2024-25; each test uses its own children (CHILD prefix).
 */
class Ssda903RealDataTest {
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\r\n";
    private static SocialCareFixture db;

    @BeforeAll
    static void start() {
        db = SocialCareFixture.start("ssda903 real data", 20_000);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static Ssda903ImportResult importFiles(String header, String episodes, CsvFile... more) {
        List<CsvFile> files = new java.util.ArrayList<>(List.of(new CsvFile("header.csv", HEADER + header),
                new CsvFile("episodes.csv", EPISODES + episodes)));
        files.addAll(List.of(more));
        return db.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, files);
    }

    private static List<String> errorFields(Ssda903ImportResult r) {
        return r.issues().stream().filter(i -> i.severity() == ImportIssue.Severity.ERROR).map(ImportIssue::field).toList();
    }

    private static ImportIssue issueAt(Ssda903ImportResult r, String field) {
        return r.issues().stream().filter(i -> i.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no issue at " + field + " in " + r.issues()));
    }

    private static Map<String, String> exported() {
        Ssda903Return r = db.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024);
        Map<String, String> out = new LinkedHashMap<>();
        r.files().forEach(f -> out.put(f.name(), f.content()));
        out.put("notes", String.join("\n", r.notes()));
        return out;
    }

    private static String linesOf(String content, String child) {
        return content.lines().filter(l -> l.startsWith(child + ",")).collect(Collectors.joining("\n"));
    }

    @Test
    void reason_place_change_is_on_the_episode_that_ends_with_x1_before_a_change_of_placement_rules_225_226() {
        // The DfE's placement: on the ending episode (line 2), blank on the new one; none into a temporary placement.
        Ssda903ImportResult right = importFiles("P1,1,01/02/2015,,,,\r\n",
                "P1,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,CARPL,,,\r\n"
                        + "P1,01/06/2024,P,C2,N1,U4,PR4,10/06/2024,X1,,,,\r\n"
                        + "P1,10/06/2024,P,C2,N1,T1,,20/06/2024,X1,,,,\r\n"
                        + "P1,20/06/2024,P,C2,N1,U4,PR4,,,,,,\r\n");
        assertEquals(List.of(), errorFields(right));
        assertEquals(1, right.childrenStored());
        assertEquals("P1,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,CARPL,,,",
                linesOf(exported().get("episodes.csv"), "P1").lines().findFirst().orElseThrow());

        // CYPF's old placement: on the new episode. Refused on both rows, each naming the rule.
        Ssda903ImportResult old = importFiles("P2,1,01/02/2015,,,,\r\n",
                "P2,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,\r\n"
                        + "P2,01/06/2024,P,C2,N1,U4,PR4,,,CARPL,,,\r\n");
        ImportIssue missing = issueAt(old, "episodes.csv[2].REASON_PLACE_CHANGE");
        assertEquals("225", missing.rule());
        assertEquals("P2", missing.child());
        assertEquals(0, old.childrenStored());
        assertEquals(0, db.count("select count(*) from social_care.child where la_child_id = 'P2'"));

        // Into a temporary placement no reason is given (rule 226).
        Ssda903ImportResult temporary = importFiles("P3,1,01/02/2015,,,,\r\n",
                "P3,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,CARPL,,,\r\n"
                        + "P3,01/06/2024,P,C2,N1,T1,,,,,,,\r\n");
        assertEquals("226", issueAt(temporary, "episodes.csv[2].REASON_PLACE_CHANGE").rule());
    }

    @Test
    void a_upn_with_a_wrong_check_letter_is_a_warning_and_the_child_is_stored_un_reasons_are_kept() {
        Ssda903ImportResult r = importFiles("U1,1,01/02/2015,,B861200101002,,\r\nU2,2,01/02/2015,,UN3,,\r\n"
                        + "U3,2,01/02/2015,,861200101002,,\r\n",
                "U1,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\nU2,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n"
                        + "U3,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n");
        ImportIssue checkLetter = issueAt(r, "header.csv[2].UPN");
        assertEquals(ImportIssue.Severity.WARNING, checkLetter.severity());
        assertEquals("168", issueAt(r, "header.csv[4].UPN").rule(), "the wrong shape is DfE rule 168: an error");
        assertEquals(List.of("episodes.csv[4].CHILD", "header.csv[4].UPN"), errorFields(r));
        assertEquals(2, r.childrenStored(), "U1 (a warning only) and U2 stored; U3 held back");
        assertEquals(1, r.childrenHeldBack());

        String header = exported().get("header.csv");
        assertEquals("U1,1,01/02/2015,NOBT,B861200101002,,", linesOf(header, "U1"), "kept as returned");
        assertEquals("U2,2,01/02/2015,NOBT,UN3,,", linesOf(header, "U2"), "a no-UPN reason comes back, not blank");
        assertEquals(1, db.count("select count(*) from social_care.child where la_child_id = 'U1' and upn is null"));
    }

    @Test
    void an_error_caused_by_a_refused_header_row_says_so_rather_than_that_the_child_is_missing() {
        Ssda903ImportResult r = importFiles("K1,3,01/02/2015,,,,\r\n", "K1,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n");
        ImportIssue knockOn = issueAt(r, "episodes.csv[2].CHILD");
        assertTrue(knockOn.message().contains("child K1's header row was refused (header.csv line 2: SEX"),
                knockOn.message());
        assertFalse(knockOn.message().contains("is not in the header file"));
    }

    @Test
    void no_blank_ad1_row_is_written_and_the_notes_say_what_is_missing() {
        Ssda903ImportResult r = importFiles("A1,1,01/02/2015,,,,\r\nA2,2,01/02/2016,,,,\r\n",
                "A1,01/05/2024,S,E1,N1,A6,PR1,01/03/2025,E11,,,,\r\nA2,01/05/2024,S,E1,N1,A6,PR1,01/03/2025,E12,,,,\r\n",
                new CsvFile("ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n"
                        + "A2,01/02/2016,01/06/2024,01/09/2024,,,,\r\n"));
        assertEquals(List.of(), errorFields(r));
        ImportIssue partial = issueAt(r, "ad1.csv[2]");
        assertEquals(ImportIssue.Severity.WARNING, partial.severity(), "stored, but the DfE would refuse the row");
        assertEquals("151", partial.rule());
        Map<String, String> files = exported();
        assertEquals("", linesOf(files.get("ad1.csv"), "A1"), "nothing held for A1: no row");
        assertEquals("", linesOf(files.get("ad1.csv"), "A2"), "part held for A2: no row, as DfE rule 151 refuses one");
        assertTrue(files.get("notes").contains("CHILD A1 was adopted in the year but CYPF holds none of AD1"),
                files.get("notes"));
        assertTrue(files.get("notes").contains("CHILD A2 was adopted in the year; AD1 lacks (no row written, DfE rule "
                + "151: all six items or none) FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR"), files.get("notes"));
        assertEquals(0, exported().get("ad1.csv").lines().skip(1)
                .filter(l -> l.split(",", -1).length != 8 || l.contains(",,")).count(), "no AD1 row with a blank item");
    }

    @Test
    void the_export_writes_no_blank_item_the_dfe_s_rules_refuse_and_reads_back_what_it_writes_as_it_was() {
        // W1: a girl in care, no ethnicity or MOTHER held; W2: a care leaver not in touch, activity and accommodation
        // not known (18 on 1 August 2024); W3: a leaver who returned home, given as the DfE codes it (0).
        Ssda903ImportResult r = importFiles("W1,2,01/02/2015,,,,\r\nW2,1,01/08/2006,,,,\r\nW3,1,01/08/2006,,,,\r\n",
                "W1,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n",
                new CsvFile("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\nW2,01/08/2006,NO,,\r\n"
                        + "W3,01/08/2006,RHOM,0,0\r\n"));
        assertEquals(List.of(), errorFields(r));
        Map<String, String> files = exported();
        assertEquals("W1,2,01/02/2015,NOBT,,,", linesOf(files.get("header.csv"), "W1"), "DfE rule 103: never blank");
        assertEquals("W2,01/08/2006,NO,0,0", linesOf(files.get("oc3.csv"), "W2"), "DfE rule 153: all coded");
        assertEquals("W3,01/08/2006,RHOM,0,0", linesOf(files.get("oc3.csv"), "W3"), "DfE rule 344");
        assertTrue(files.get("notes").contains("ETHNIC is written NOBT"), files.get("notes"));
        assertTrue(files.get("notes").matches("(?s).*MOTHER is blank for the girls.*DfE rule 165.*CHILD [^\n]*W1.*"),
                files.get("notes"));
        assertTrue(files.get("notes").matches("(?s).*UPN is blank .*DfE rule 442.*CHILD [^\n]*W1.*"), files.get("notes"));
        assertEquals("442", issueAt(r, "header.csv[2].UPN").rule(), "a blank UPN of a child in care is queried");
        assertEquals(ImportIssue.Severity.WARNING, issueAt(r, "header.csv[2].UPN").severity(), "and never blocks");
        assertEquals(0, db.count("select count(*) from social_care.child where la_child_id = 'W1' and ethnicity is not "
                + "null"), "NOBT is no ethnicity");

        // What the export wrote reads back as what is held: nothing changes.
        Ssda903ImportResult again = db.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, List.of(
                new CsvFile("header.csv", HEADER + linesOf(files.get("header.csv"), "W1") + "\r\n"
                        + linesOf(files.get("header.csv"), "W2") + "\r\n" + linesOf(files.get("header.csv"), "W3") + "\r\n"),
                new CsvFile("episodes.csv", EPISODES + linesOf(files.get("episodes.csv"), "W1") + "\r\n"),
                new CsvFile("oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n" + linesOf(files.get("oc3.csv"), "W2")
                        + "\r\n" + linesOf(files.get("oc3.csv"), "W3") + "\r\n")));
        assertEquals(List.of(), errorFields(again));
        again.files().forEach(f -> assertEquals(0, f.added() + f.changed(), f.toString()));
    }

    @Test
    void a_temporary_placement_held_from_before_cypf_refused_it_is_named_in_the_export_s_notes_rule_380() {
        assertEquals(List.of(), errorFields(importFiles("OLDT,1,01/02/2015,,UN4,,\r\n",
                "OLDT,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n")));
        // As if recorded before CYPF kept the rule: a period of care that starts in a hospital stay (T1).
        db.rows("update social_care.episode e set placement_type = 'T1', placement_provider = null "
                + "from social_care.period_of_care p join social_care.child c using (child_id) "
                + "where e.period_id = p.period_id and c.la_child_id = 'OLDT' returning e.period_id");
        String notes = exported().get("notes");
        assertTrue(notes.contains("episodes.csv: CHILD OLDT, the episode from 2024-05-01: RNE must be P or B for a "
                + "temporary placement (T1)") && notes.contains("(DfE rule 380)"), notes);
    }

    @Test
    void a_temporary_placement_is_written_without_a_provider_and_reads_back_unchanged_rules_213_178() {
        Ssda903ImportResult r = importFiles("TMP1,1,01/02/2015,,UN4,,\r\n",
                "TMP1,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,\r\nTMP1,01/06/2024,P,C2,N1,T1,,05/06/2024,X1,,,,\r\n"
                        + "TMP1,05/06/2024,P,C2,N1,U6,PR1,,,,,,\r\n");
        assertEquals(List.of(), errorFields(r));
        assertEquals(0, db.count("select count(*) from social_care.episode e join social_care.period_of_care p "
                + "using (period_id) join social_care.child c using (child_id) where c.la_child_id = 'TMP1' "
                + "and e.placement_type = 'T1' and e.placement_provider is not null"), "no provider held");
        Map<String, String> files = exported();
        assertEquals("TMP1,01/06/2024,P,C2,N1,T1,,05/06/2024,X1,,,,",
                linesOf(files.get("episodes.csv"), "TMP1").lines().toList().get(1), "PLACE_PROVIDER blank: DfE rule 213");
        Ssda903ImportResult again = importFiles(linesOf(files.get("header.csv"), "TMP1") + "\r\n",
                linesOf(files.get("episodes.csv"), "TMP1").replace("\n", "\r\n") + "\r\n");
        assertEquals(List.of(), errorFields(again));
        again.files().forEach(f -> assertEquals(0, f.added() + f.changed(), f.toString()));
    }

    @Test
    void a_child_who_ceased_to_be_an_uasc_before_the_year_is_not_in_its_uasc_file_rule_104() {
        Ssda903ImportResult earlier = db.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2023, List.of(
                new CsvFile("header.csv", HEADER + "Q1,1,01/02/2012,,UN4,,\r\n"),
                new CsvFile("episodes.csv", EPISODES + "Q1,01/05/2023,S,C2,N1,U6,PR1,,,,,,\r\n"),
                new CsvFile("uasc.csv", "CHILD,SEX,DOB,DUC\r\nQ1,1,01/02/2012,01/03/2024\r\n")));
        assertEquals(List.of(), errorFields(earlier));
        Map<String, String> files = exported();
        assertEquals("", linesOf(files.get("uasc.csv"), "Q1"), "DUC 1 March 2024 is before 2024-25: DfE rule 104");
        assertEquals("104", issueAt(importFiles("Q2,1,01/02/2012,,UN4,,\r\n", "Q2,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n",
                new CsvFile("uasc.csv", "CHILD,SEX,DOB,DUC\r\nQ2,1,01/02/2012,31/03/2024\r\n")), "uasc.csv[2].DUC").rule(),
                "a DUC before the year is refused on import");
    }

    @Test
    void a_new_period_the_day_the_last_one_ended_is_refused_rule_431() {
        Ssda903ImportResult r = importFiles("S1,1,01/02/2015,,UN4,,\r\n",
                "S1,01/05/2024,S,C2,N1,U6,PR1,01/06/2024,E3,,,,\r\nS1,01/06/2024,S,C2,N1,U4,PR4,,,,,,\r\n");
        assertEquals(List.of("episodes.csv[3].DECOM"), errorFields(r));
        assertEquals("431", issueAt(r, "episodes.csv[3].DECOM").rule());
        assertEquals(0, db.count("select count(*) from social_care.child where la_child_id = 'S1'"), "held back");
    }

    @Test
    void prev_perm_is_accepted_for_a_child_in_care_since_before_the_year_and_a_future_duc_is_allowed() {
        Ssda903ImportResult r = importFiles("V1,1,01/02/2012,,,,\r\nV2,1,01/02/2013,,,,\r\n",
                "V1,01/05/2023,S,C2,N1,U6,PR1,,,,,,\r\nV2,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n",
                new CsvFile("prev_perm.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\nV1,01/02/2012,P2,860,05/05/2019\r\n"
                        + "V2,01/02/2013,Z1,860,\r\n"),
                new CsvFile("uasc.csv", "CHILD,SEX,DOB,DUC\r\nV1,1,01/02/2012,01/09/2027\r\n"));
        assertEquals(List.of("prev_perm.csv[3].LA_PERM"), errorFields(r));
        assertEquals("635", issueAt(r, "prev_perm.csv[3].LA_PERM").rule());
        Map<String, String> files = exported();
        assertEquals("V1,01/02/2012,P2,860,05/05/2019", linesOf(files.get("prev_perm.csv"), "V1"));
        assertEquals("V1,1,01/02/2012,01/09/2027", linesOf(files.get("uasc.csv"), "V1"), "DUC in the future kept");

        Ssda903ImportResult late = importFiles("V3,1,01/02/2012,,,,\r\n", "V3,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n",
                new CsvFile("uasc.csv", "CHILD,SEX,DOB,DUC\r\nV3,1,01/02/2012,02/02/2030\r\n"));
        assertEquals("304", issueAt(late, "uasc.csv[2].DUC").rule(), "after the 18th birthday: DfE rule 304");
    }

    @Test
    void valid_children_are_stored_faulty_ones_held_back_whole_and_every_error_is_reported() {
        StringBuilder header = new StringBuilder();
        StringBuilder episodes = new StringBuilder();
        StringBuilder reviews = new StringBuilder("CHILD,DOB,REVIEW,REVIEW_CODE\r\n");
        for (int i = 0; i < 700; i++) {
            String child = "M" + i;
            header.append(child).append(",1,01/02/2015,,,,\r\n");
            // every other child has a bad LS: 350 children held back, 350 errors, more than the old limit of 500 with
            // their reviews' knock-on... all listed.
            episodes.append(child).append(",01/05/2024,S,").append(i % 2 == 0 ? "C2" : "C9").append(",N1,U6,PR1,,,,,,\r\n");
            reviews.append(child).append(",01/02/2015,01/06/2024,PN1\r\n");
        }
        long outbox = db.outboxRows();
        Ssda903ImportResult dry = db.context.ssda903Returns().checkReturn(SOCIAL_WORKER, 2024, List.of(
                new CsvFile("header.csv", HEADER + header), new CsvFile("episodes.csv", EPISODES + episodes),
                new CsvFile("reviews.csv", reviews.toString())));
        assertTrue(dry.dryRun());
        assertEquals(350, dry.childrenStored());
        assertEquals(0, db.count("select count(*) from social_care.child where la_child_id like 'M%'"), "a dry run stores nothing");

        Ssda903ImportResult r = importFiles(header.toString(), episodes.toString(),
                new CsvFile("reviews.csv", reviews.toString()));
        assertEquals(350, r.childrenStored());
        assertEquals(350, r.childrenHeldBack());
        assertEquals(350, errorFields(r).size(), "every error, not the first 500: " + errorFields(r).size());
        assertEquals(350, db.count("select count(*) from social_care.child where la_child_id like 'M%'"));
        assertEquals(0, db.count("select count(*) from social_care.child where la_child_id = 'M1'"), "held back whole");
        assertEquals(350, db.count("select count(*) from social_care.looked_after_review r join social_care.child c "
                + "using (child_id) where c.la_child_id like 'M%'"), "only the stored children's reviews");
        assertEquals(outbox + 350, db.outboxRows(), "only the stored children are announced as in care");
        var episodesFile = r.files().stream().filter(f -> f.file().equals("episodes.csv")).findFirst().orElseThrow();
        assertEquals(new Ssda903ImportResult.FileResult("episodes.csv", 700, 350, 0, 0), episodesFile);

        // Re-importing the same files stores nothing new and holds back the same children.
        Ssda903ImportResult again = importFiles(header.toString(), episodes.toString(),
                new CsvFile("reviews.csv", reviews.toString()));
        assertEquals(new Ssda903ImportResult.FileResult("episodes.csv", 700, 0, 0, 350), again.files().stream()
                .filter(f -> f.file().equals("episodes.csv")).findFirst().orElseThrow());
    }
}
