package org.cypf.socialcare.returns.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.OUTSIDER;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.careleavers.RecordBirthdayContact;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
import org.cypf.socialcare.api.lookedafter.ChildrenLookedAfter;
import org.cypf.socialcare.api.lookedafter.EndMissingEpisode;
import org.cypf.socialcare.api.lookedafter.EndPeriodOfCare;
import org.cypf.socialcare.api.lookedafter.PeriodOfCareView;
import org.cypf.socialcare.api.lookedafter.Placement;
import org.cypf.socialcare.api.lookedafter.RecordMissingEpisode;
import org.cypf.socialcare.api.lookedafter.RecordReview;
import org.cypf.socialcare.api.lookedafter.RecordUasc;
import org.cypf.socialcare.api.permanence.RecordAdoption;
import org.cypf.socialcare.api.permanence.RecordPreviousPermanence;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.ImportIssue;
import org.cypf.socialcare.api.returns.Ssda903ImportResult;
import org.cypf.socialcare.api.returns.Ssda903Return;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The SSDA903 return of a seeded collection year (2024-25) read back into a fresh database gives the same files, and
 * reading files in again changes nothing. Two databases: the source, seeded through the use cases, and the target.
 * <pre>
 * R1 born 2012-02-02: S 2023-01-10 U6; P 2023-08-01 U4 PR4; L 2024-06-01 E1; P 2024-11-04 A6; adopted 2025-03-20 (E11)
 *    decision to place for adoption 2024-03-01, matched 2024-10-01 with two adopters (MF, L11); ETHNIC WBRI
 *    reviews 2023-02-01 (before the year), 2024-07-01, 2025-01-06; missing M 2024-03-30..2024-04-02, A 2024-08-10
 * R2 born 2010-05-05: S 2024-05-13 V2 U6; P 2024-09-09 K2 PR4 (open); an UASC; PrevPerm Z1; review 2024-06-10;
 *    missing M 2025-03-25..2025-04-02 (back after the year); review 2025-05-01 (next year)
 * R3 born 2006-04-15: S 2020-06-01 U4, ceased on the 18th birthday 2024-04-15 (E17); UASC until 2023-01-01;
 *    OC3 at 18: YES F2 Z1
 * R4 born 2004-09-09: looked after 2018-09-01 to 2022-09-09 (E5); OC3 at 20 (2024-09-09): YES P5 U2
 * R5 born 2014-07-07: short breaks V3 from 2024-04-01 (open)
 * R6 born 2015-01-01: S 2025-02-03 C1 U3; returned home 2025-05-01 (E4A, after the year); PrevPerm P2, 860, 2019-05-05
 * </pre>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Ssda903ReturnTest {
    private static SocialCareFixture source;
    private static SocialCareFixture target;
    private static Ssda903Return exported;

    @BeforeAll
    static void seed() {
        source = SocialCareFixture.start("ssda903 source", 20_000);
        target = SocialCareFixture.start("ssda903 target", 20_000);
        ChildrenLookedAfter la = source.context.childrenLookedAfter();
        var missing = source.context.missingFromCare();
        var permanence = source.context.permanence();

        PeriodOfCareView r1 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("R1", of(2012, 2, 2), of(2023, 1, 10)));
        la.recordReview(SOCIAL_WORKER, new RecordReview(r1.periodId(), of(2023, 2, 1), "PN1"));
        r1 = move(la, r1, of(2023, 8, 1), "P", "U4", "PR4");
        permanence.recordAdoption(SOCIAL_WORKER, new RecordAdoption(r1.periodId(), of(2024, 3, 1), null, null, null,
                null, null, null, null, 0));
        r1 = la.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(r1.periodId(), of(2024, 6, 1), "L", "E1", null, null, null,
                r1.version()));
        la.recordReview(SOCIAL_WORKER, new RecordReview(r1.periodId(), of(2024, 7, 1), "PN1"));
        permanence.recordAdoption(SOCIAL_WORKER, new RecordAdoption(r1.periodId(), of(2024, 3, 1), of(2024, 10, 1), false,
                2, "MF", "L11", null, null, 1));
        r1 = move(la, r1, of(2024, 11, 4), "P", "A6", "PR1");
        la.recordReview(SOCIAL_WORKER, new RecordReview(r1.periodId(), of(2025, 1, 6), "PN1"));
        la.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(r1.periodId(), of(2025, 3, 20), "E11", r1.version()));
        missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(r1.childId(), "M", of(2024, 3, 30), of(2024, 4, 2)));
        missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(r1.childId(), "A", of(2024, 8, 10), of(2024, 8, 10)));
        source.admin.execute("update social_care.child set ethnicity = 'WBRI' where la_child_id = 'R1'");

        PeriodOfCareView r2 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("R2", of(2010, 5, 5), of(2024, 5, 13), "V2", "U6"));
        la.recordReview(SOCIAL_WORKER, new RecordReview(r2.periodId(), of(2024, 6, 10), "PN1"));
        r2 = move(la, r2, of(2024, 9, 9), "P", "K2", "PR4");
        source.context.unaccompaniedAsylumSeekingChildren().recordUasc(SOCIAL_WORKER, new RecordUasc(r2.childId(), null, 0));
        permanence.recordPreviousPermanence(SOCIAL_WORKER, new RecordPreviousPermanence(r2.periodId(), "Z1", null, null, 0));
        var gone = missing.recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(r2.childId(), "M", of(2025, 3, 25), null));
        missing.endMissing(SOCIAL_WORKER, new EndMissingEpisode(gone.missingId(), of(2025, 4, 2), 0));
        la.recordReview(SOCIAL_WORKER, new RecordReview(r2.periodId(), of(2025, 5, 1), "PN1"));

        PeriodOfCareView r3 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("R3", of(2006, 4, 15), of(2020, 6, 1), "C2", "U4"));
        la.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(r3.periodId(), of(2024, 4, 15), "E17", 0));
        source.context.unaccompaniedAsylumSeekingChildren().recordUasc(SOCIAL_WORKER, new RecordUasc(r3.childId(), of(2023, 1, 1), 0));
        source.context.careLeavers().recordBirthday(SOCIAL_WORKER, new RecordBirthdayContact(r3.childId(), 18, "YES", "F2", "Z1", 0));

        PeriodOfCareView r4 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("R4", of(2004, 9, 9), of(2018, 9, 1)));
        la.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(r4.periodId(), of(2022, 9, 9), "E5", 0));
        source.context.careLeavers().recordBirthday(SOCIAL_WORKER, new RecordBirthdayContact(r4.childId(), 20, "YES", "P5", "U2", 0));

        la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("R5", of(2014, 7, 7), of(2024, 4, 1), "V3", "U6"));

        PeriodOfCareView r6 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("R6", of(2015, 1, 1), of(2025, 2, 3), "C1", "U3"));
        permanence.recordPreviousPermanence(SOCIAL_WORKER, new RecordPreviousPermanence(r6.periodId(), "P2", "860",
                of(2019, 5, 5), 0));
        la.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(r6.periodId(), of(2025, 5, 1), "E4A", 0));

        exported = source.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024);
    }

    @AfterAll
    static void stop() {
        source.close();
        target.close();
    }

    private static PeriodOfCareView move(ChildrenLookedAfter la, PeriodOfCareView p, LocalDate on, String rne,
                                         String place, String provider) {
        return la.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(p.periodId(), on, rne, null, null,
                new Placement(place, provider, Postcode.parse("ST6 3AA"), null), "CARPL", p.version()));
    }

    private static Map<String, String> byName(List<CsvFile> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f.name(), f.content()));
        return out;
    }

    private static String file(String name) {
        return byName(exported.files()).get(name);
    }

    @Test
    @Order(1)
    void the_export_writes_the_dfe_files_with_their_columns_dates_as_dd_mm_yyyy_and_one_episode_a_row() {
        assertEquals(List.of("header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "missing.csv", "oc2.csv", "oc3.csv",
                "ad1.csv", "placed_adoption.csv", "prev_perm.csv"), exported.files().stream().map(CsvFile::name).toList());
        assertEquals(of(2024, 4, 1), exported.from());
        assertEquals(of(2025, 3, 31), exported.to());
        assertEquals("""
                CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r
                R1,2,02/02/2012,WBRI,A861200101002,,\r
                R2,2,05/05/2010,NOBT,A861200101002,,\r
                R3,2,15/04/2006,NOBT,A861200101002,,\r
                R4,2,09/09/2004,NOBT,A861200101002,,\r
                R5,2,07/07/2014,NOBT,A861200101002,,\r
                R6,2,01/01/2015,NOBT,A861200101002,,\r
                """, file("header.csv"));
        assertEquals("""
                CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r
                R1,01/08/2023,P,C2,N1,U4,PR4,01/06/2024,X1,,ST5 2AB,ST6 3AA,\r
                R1,01/06/2024,L,E1,N1,U4,PR4,04/11/2024,X1,CARPL,ST5 2AB,ST6 3AA,\r
                R1,04/11/2024,P,E1,N1,A6,PR1,20/03/2025,E11,,ST5 2AB,ST6 3AA,\r
                R2,13/05/2024,S,V2,N1,U6,PR1,09/09/2024,X1,CARPL,ST5 2AB,ST4 1HH,SC123456\r
                R2,09/09/2024,P,V2,N1,K2,PR4,,,,ST5 2AB,ST6 3AA,\r
                R3,01/06/2020,S,C2,N1,U4,PR1,15/04/2024,E17,,ST5 2AB,ST4 1HH,SC123456\r
                R5,01/04/2024,S,V3,N1,U6,PR1,,,,ST5 2AB,ST4 1HH,SC123456\r
                R6,03/02/2025,S,C1,N1,U3,PR1,,,,ST5 2AB,ST4 1HH,SC123456\r
                """, file("episodes.csv"), "R6's return home after 31 March is not in this year: written open; "
                + "REASON_PLACE_CHANGE on the episode that ended with X1 before a change of placement (DfE rule 225)");
        assertEquals("CHILD,DOB,REVIEW,REVIEW_CODE\r\nR1,02/02/2012,01/07/2024,PN1\r\nR1,02/02/2012,06/01/2025,PN1\r\n"
                + "R2,05/05/2010,10/06/2024,PN1\r\n", file("reviews.csv"));
        assertEquals("CHILD,SEX,DOB,DUC\r\nR2,2,05/05/2010,05/05/2028\r\n", file("uasc.csv"),
                "R3 ceased to be an UASC on 2023-01-01, before the year: not in its UASC file (DfE rule 104)");
        assertEquals("CHILD,DOB,MISSING,MIS_START,MIS_END\r\nR1,02/02/2012,M,30/03/2024,02/04/2024\r\n"
                + "R1,02/02/2012,A,10/08/2024,10/08/2024\r\nR2,05/05/2010,M,25/03/2025,\r\n", file("missing.csv"));
        assertEquals("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,"
                + "SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\r\n", file("oc2.csv"), "header only");
        assertEquals("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\nR3,15/04/2006,YES,F2,Z1\r\nR4,09/09/2004,YES,P5,U2\r\n", file("oc3.csv"));
        assertEquals("CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\r\n"
                + "R1,02/02/2012,01/03/2024,01/10/2024,0,2,MF,L11\r\n", file("ad1.csv"));
        assertEquals("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\r\nR1,02/02/2012,01/03/2024,,\r\n",
                file("placed_adoption.csv"));
        assertEquals("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\r\nR2,05/05/2010,Z1,,\r\nR6,01/01/2015,P2,860,05/05/2019\r\n",
                file("prev_perm.csv"));
        assertTrue(exported.notes().stream().anyMatch(n -> n.contains("OC2")));
    }

    @Test
    @Order(2)
    void read_into_a_fresh_database_the_files_export_again_identically() {
        long outbox = target.outboxRows();
        Ssda903ImportResult result = target.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, exported.files());

        Map<String, Ssda903ImportResult.FileResult> files = new LinkedHashMap<>();
        result.files().forEach(r -> files.put(r.file(), r));
        assertEquals(new Ssda903ImportResult.FileResult("header.csv", 6, 6, 0, 0), files.get("header.csv"));
        assertEquals(new Ssda903ImportResult.FileResult("episodes.csv", 8, 8, 0, 0), files.get("episodes.csv"));
        assertEquals(3, files.get("missing.csv").added());
        assertEquals(6, target.count("select count(*) from social_care.child"));
        // Open periods created (R2, R5, R6) are announced, so the virtual school and health learn of them.
        assertEquals(outbox + 3, target.outboxRows());

        Ssda903Return again = target.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024);
        assertEquals(byName(exported.files()), byName(again.files()));
    }

    @Test
    @Order(3)
    void reading_the_same_files_again_changes_nothing_in_the_target_or_in_the_source() {
        for (SocialCareFixture db : List.of(target, source)) {
            String before = snapshot(db);
            long outbox = db.outboxRows();
            Ssda903ImportResult result = db.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, exported.files());
            result.files().forEach(r -> {
                assertEquals(0, r.added(), r.toString());
                assertEquals(0, r.changed(), r.toString());
            });
            assertEquals(before, snapshot(db));
            assertEquals(outbox, db.outboxRows());
        }
    }

    @Test
    @Order(4)
    void the_next_years_return_ends_what_was_open_and_both_years_then_export_as_the_source_does() {
        Ssda903Return next = source.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2025);
        Ssda903ImportResult result = target.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2025, next.files());
        var episodes = result.files().stream().filter(r -> r.file().equals("episodes.csv")).findFirst().orElseThrow();
        assertEquals(1, episodes.changed(), "R6's episode ended (returned home 1 May 2025)");
        var missing = result.files().stream().filter(r -> r.file().equals("missing.csv")).findFirst().orElseThrow();
        assertEquals(1, missing.changed(), "R2 back on 2 April 2025");

        assertEquals(byName(next.files()), byName(target.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2025).files()));
        assertEquals(byName(exported.files()), byName(target.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024).files()));
    }

    @Test
    @Order(5)
    void a_file_set_with_row_errors_stores_the_valid_children_and_holds_back_each_faulty_child_whole() {
        String before = snapshot(target);
        long outbox = target.outboxRows();
        List<CsvFile> files = new ArrayList<>(List.of(
                new CsvFile("my-header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nN1,1,01/02/2015,,,,\r\n"
                        + "N2,3,31/02/2015,,,,\r\n"),
                new CsvFile("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
                        + "HOME_POST,PL_POST,URN\r\n"
                        + "N1,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n"          // line 2: fine on its own
                        + "N1,01/06/2024,P,C2,N1,U4,PR4,,,,,,\r\n"         // line 3: N1 is still in the line 2 episode
                        + "N9,01/06/2024,S,C2,N1,U4,PR4,,,,,,\r\n"          // line 4: not in the header
                        + "N2,2024-07-01,S,C9,N1,U4,PR4,01/04/2025,E4A,,,,\r\n"),  // line 5: ISO date, LS, DEC after the year
                new CsvFile("R1-changed.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\nN1,01/02/2015,01/05/2023,PN1\r\n")));

        Ssda903ImportResult result = target.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, files);
        List<String> fields = result.issues().stream().map(ImportIssue::field).toList();
        assertTrue(fields.containsAll(List.of("my-header.csv[3].SEX", "my-header.csv[3].DOB", "episodes.csv[4].CHILD",
                "episodes.csv[5].DECOM", "episodes.csv[5].LS", "episodes.csv[5].DEC", "R1-changed.csv[2].REVIEW")), fields::toString);
        assertEquals(0, result.childrenStored());
        assertEquals(before, snapshot(target));

        // Once every row reads, a row that contradicts the recorded history holds the child back: N1 in two
        // placements at once. N3, whose rows are fine, is stored.
        files.set(0, new CsvFile("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nN1,1,01/02/2015,,,,\r\n"
                + "N3,1,01/02/2015,,,,\r\n"));
        files.set(1, new CsvFile("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
                + "HOME_POST,PL_POST,URN\r\nN1,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\nN1,01/06/2024,P,C2,N1,U4,PR4,,,,,,\r\n"
                + "N3,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n"));
        files.remove(2);
        Ssda903ImportResult history = target.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, files);
        assertEquals("episodes.csv[3].DECOM", history.issues().getFirst().field());
        assertTrue(history.issues().getFirst().message().contains("two placements at once"));
        assertEquals(1, history.childrenStored());
        assertEquals(1, target.count("select count(*) from social_care.child where la_child_id = 'N3'"));
        assertEquals(0, target.count("select count(*) from social_care.child where la_child_id = 'N1'"));
        assertEquals(outbox + 1, target.outboxRows(), "N3's period of care announced, N1's not");
        String withN3 = snapshot(target);

        // And a row that contradicts a record already held: R2's second episode with another placement type.
        String changed = file("episodes.csv").replace("R2,09/09/2024,P,V2,N1,K2,PR4", "R2,09/09/2024,P,V2,N1,K1,PR4");
        List<CsvFile> altered = exported.files().stream()
                .map(f -> f.name().equals("episodes.csv") ? new CsvFile("episodes.csv", changed) : f).toList();
        Ssda903ImportResult contradiction = target.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, altered);
        assertEquals(List.of("episodes.csv[6].PLACE"), contradiction.issues().stream().map(ImportIssue::field).toList());
        assertEquals(5, contradiction.childrenStored(), "every child but R2, each unchanged");

        assertEquals(withN3, snapshot(target), "nothing stored of any child held back");
    }

    @Test
    @Order(6)
    void the_years_are_those_of_the_return_and_outsiders_are_refused() {
        assertEquals("collectionYear", assertThrows(InvalidInput.class,
                () -> source.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2026)).violations().getFirst().field());
        assertThrows(AccessDenied.class, () -> source.context.ssda903Returns().exportReturn(OUTSIDER, 2024));
        assertEquals("my.csv", assertThrows(InvalidInput.class, () -> target.context.ssda903Returns().importReturn(
                SOCIAL_WORKER, 2024, List.of(new CsvFile("my.csv", "A,B\r\n1,2\r\n")))).violations().getFirst().field());
    }

    @Test
    @Order(7)
    void a_header_row_fills_what_is_blank_and_refuses_what_differs() {
        var returns = target.context.ssda903Returns();
        String columns = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
        returns.importReturn(SOCIAL_WORKER, 2024, List.of(new CsvFile("header.csv", columns + "U1,2,01/01/2009,,UN2,,\r\n")));
        assertEquals(1, target.count("select count(*) from social_care.child where la_child_id = 'U1' and upn is null "
                + "and upn_as_returned = 'UN2'"), "UN1-UN5 (no UPN, with a reason) are held as no UPN, the reason kept");

        Ssda903ImportResult filled = returns.importReturn(SOCIAL_WORKER, 2024, List.of(new CsvFile("header.csv",
                columns + "U1,2,01/01/2009,WBRI,A861200101002,1,02/02/2025\r\n")));
        assertEquals(new Ssda903ImportResult.FileResult("header.csv", 1, 0, 1, 0), filled.files().getFirst());
        assertEquals("WBRI A861200101002 1 2025-02-02", target.rows("select ethnicity || ' ' || upn || ' ' || mother || ' '"
                + " || mother_child_dob from social_care.child where la_child_id = 'U1'").getFirst().get(0, String.class));

        var differs = returns.importReturn(SOCIAL_WORKER, 2024, List.of(
                new CsvFile("header.csv", columns + "U1,2,01/01/2009,WIRI,,,\r\n")));
        assertEquals(List.of("header.csv[2].ETHNIC"), differs.issues().stream().map(ImportIssue::field).toList());
        var otherChild = returns.importReturn(SOCIAL_WORKER, 2024, List.of(
                new CsvFile("header.csv", columns + "U1,2,02/01/2009,,,,\r\n")));
        assertEquals(List.of("header.csv[2].DOB"), otherChild.issues().stream().map(ImportIssue::field).toList());
        assertEquals(1, otherChild.childrenHeldBack());
    }

    /** Every row social care's import can touch, as text. */
    private static String snapshot(SocialCareFixture db) {
        StringBuilder out = new StringBuilder();
        for (String sql : List.of(
                "select la_child_id, date_of_birth, sex, upn, ethnicity, mother, mother_child_dob from social_care.child order by 1",
                "select c.la_child_id, p.start_date, p.end_date, p.reason_ceased, p.version from social_care.period_of_care p"
                        + " join social_care.child c using (child_id) order by 1, 2",
                "select c.la_child_id, e.* from social_care.episode e join social_care.period_of_care p using (period_id)"
                        + " join social_care.child c using (child_id) order by 1, e.start_date",
                "select c.la_child_id, r.review_date, r.participation from social_care.looked_after_review r"
                        + " join social_care.child c using (child_id) order by 1, 2",
                "select * from social_care.missing_episode order by child_id, start_date",
                "select * from social_care.unaccompanied_asylum_seeker order by child_id",
                "select * from social_care.permanence order by period_id",
                "select * from social_care.permanence_plan order by period_id, decided_on",
                "select * from social_care.care_leaver order by child_id",
                "select * from social_care.care_leaver_birthday order by child_id, age")) {
            out.append(db.rows(sql).formatCSV()).append('\n');
        }
        return out.toString();
    }
}
