package org.cypf.socialcare.returns.application;

import static java.time.LocalDate.of;
import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;
import static org.cypf.socialcare.SocialCareFixture.startCommand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.careleavers.RecordBirthdayContact;
import org.cypf.socialcare.api.lookedafter.ChangeEpisode;
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
import org.cypf.socialcare.api.returns.Ssda903Layout;
import org.cypf.socialcare.api.returns.Ssda903Return;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The SSDA903 XML layout against real PostgreSQL: a seeded year's XML holds what its CSV files hold, imports into one
 * fresh database to the very records the CSV files import into another, exports again identically, re-imports
 * changing nothing; and a faulty XML reports the errors of its CSV twin, rule for rule, line for line.
 * <pre>
 * X1 born 2012-02-02: S 2023-01-10 U6; P 2023-08-01 U4 PR4; L 2024-06-01 E1; P 2024-11-04 A6; adopted 2025-03-20
 *    (E11), decision 2024-03-01, matched 2024-10-01 (MF, L11); reviews 2024-07-01, 2025-01-06; missing A 2024-08-10..2024-08-10
 * X2 born 2010-05-05: S 2024-05-13 V2 U6 (open); an UASC; PrevPerm P2, 860, 2019-05-05
 * X3 born 2006-04-15: S 2020-06-01 U4, ceased at 18 on 2024-04-15 (E17); OC3 at 18: YES F2 Z1
 * </pre>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Ssda903XmlReturnTest {
    private static SocialCareFixture source;
    private static SocialCareFixture fromXml;
    private static SocialCareFixture fromCsv;
    private static Ssda903Return csv;
    private static Ssda903Return xml;

    @BeforeAll
    static void seed() {
        source = SocialCareFixture.start("ssda903 xml source", 20_000);
        fromXml = SocialCareFixture.start("ssda903 xml target", 20_000);
        fromCsv = SocialCareFixture.start("ssda903 csv target", 20_000);
        var la = source.context.childrenLookedAfter();
        var permanence = source.context.permanence();

        PeriodOfCareView x1 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("X1", of(2012, 2, 2), of(2023, 1, 10)));
        x1 = la.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(x1.periodId(), of(2023, 8, 1), "P", null, null,
                new Placement("U4", "PR4", Postcode.parse("ST6 3AA"), null), "CARPL", x1.version()));
        permanence.recordAdoption(SOCIAL_WORKER, new RecordAdoption(x1.periodId(), of(2024, 3, 1), null, null, null,
                null, null, null, null, 0));
        x1 = la.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(x1.periodId(), of(2024, 6, 1), "L", "E1", null, null, null,
                x1.version()));
        la.recordReview(SOCIAL_WORKER, new RecordReview(x1.periodId(), of(2024, 7, 1), "PN1"));
        permanence.recordAdoption(SOCIAL_WORKER, new RecordAdoption(x1.periodId(), of(2024, 3, 1), of(2024, 10, 1), false,
                2, "MF", "L11", null, null, 1));
        x1 = la.changeEpisode(SOCIAL_WORKER, new ChangeEpisode(x1.periodId(), of(2024, 11, 4), "P", null, null,
                new Placement("A6", "PR1", Postcode.parse("ST6 3AA"), null), "CARPL", x1.version()));
        la.recordReview(SOCIAL_WORKER, new RecordReview(x1.periodId(), of(2025, 1, 6), "PN1"));
        la.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(x1.periodId(), of(2025, 3, 20), "E11", x1.version()));
        source.context.missingFromCare().recordMissing(SOCIAL_WORKER, new RecordMissingEpisode(x1.childId(), "A",
                of(2024, 8, 10), of(2024, 8, 10)));
        source.admin.execute("update social_care.child set ethnicity = 'WBRI' where la_child_id = 'X1'");

        PeriodOfCareView x2 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("X2", of(2010, 5, 5), of(2024, 5, 13), "V2", "U6"));
        source.context.unaccompaniedAsylumSeekingChildren().recordUasc(SOCIAL_WORKER, new RecordUasc(x2.childId(), null, 0));
        permanence.recordPreviousPermanence(SOCIAL_WORKER, new RecordPreviousPermanence(x2.periodId(), "P2", "860",
                of(2019, 5, 5), 0));

        PeriodOfCareView x3 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("X3", of(2006, 4, 15), of(2020, 6, 1), "C2", "U4"));
        la.endPeriodOfCare(SOCIAL_WORKER, new EndPeriodOfCare(x3.periodId(), of(2024, 4, 15), "E17", 0));
        source.context.careLeavers().recordBirthday(SOCIAL_WORKER, new RecordBirthdayContact(x3.childId(), 18, "YES", "F2", "Z1", 0));

        csv = source.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024);
        xml = source.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024, Ssda903Layout.XML);
    }

    @AfterAll
    static void stop() {
        source.close();
        fromXml.close();
        fromCsv.close();
    }

    @Test
    @Order(1)
    void the_xml_is_one_document_holding_each_childs_records_inside_their_child() {
        assertEquals(List.of("ssda903.xml"), xml.files().stream().map(CsvFile::name).toList());
        String doc = xml.files().getFirst().content();
        assertTrue(doc.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Children>\n  <Child>\n    <Header>"
                + "<CHILD>X1</CHILD><SEX>2</SEX><DOB>02/02/2012</DOB><ETHNIC>WBRI</ETHNIC>"), doc);
        assertTrue(doc.contains("<Episodes>\n      <Episode><DECOM>01/08/2023</DECOM><RNE>P</RNE>"), doc);
        assertTrue(doc.contains("<UASC><DUC>05/05/2028</DUC></UASC>"), doc);
        assertTrue(doc.contains("<AD1><DATE_INT>01/03/2024</DATE_INT><DATE_MATCH>01/10/2024</DATE_MATCH>"
                + "<FOSTER_CARE>0</FOSTER_CARE><NB_ADOPTR>2</NB_ADOPTR><SEX_ADOPTR>MF</SEX_ADOPTR>"
                + "<LS_ADOPTR>L11</LS_ADOPTR></AD1>"), doc);
        assertTrue(doc.contains("<OC3><IN_TOUCH>YES</IN_TOUCH><ACTIV>F2</ACTIV><ACCOM>Z1</ACCOM></OC3>"), doc);
        assertEquals(csv.notes(), xml.notes());
    }

    @Test
    @Order(2)
    void the_xml_imports_to_the_very_records_its_csv_twin_imports_and_exports_again_identically() {
        Ssda903ImportResult byXml = fromXml.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, xml.files());
        Ssda903ImportResult byCsv = fromCsv.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, csv.files());
        assertTrue(byXml.issues().isEmpty(), byXml.issues()::toString);
        assertEquals(byCsv.childrenStored(), byXml.childrenStored());
        assertEquals(rowCounts(byCsv), rowCounts(byXml), "the same rows, file by file");
        assertEquals(snapshot(fromCsv), snapshot(fromXml));

        assertEquals(xml.files(), fromXml.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024, Ssda903Layout.XML)
                .files(), "XML export -> import -> export is the same document");
        assertEquals(csv.files(), fromXml.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024).files());
    }

    @Test
    @Order(3)
    void importing_the_same_xml_again_changes_nothing() {
        String before = snapshot(fromXml);
        long outbox = fromXml.outboxRows();
        Ssda903ImportResult again = fromXml.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, xml.files());
        again.files().forEach(r -> {
            assertEquals(0, r.added(), r.toString());
            assertEquals(0, r.changed(), r.toString());
        });
        assertEquals(before, snapshot(fromXml));
        assertEquals(outbox, fromXml.outboxRows());
    }

    @Test
    @Order(4)
    void a_faulty_xml_reports_the_errors_of_its_csv_twin_under_the_same_rules_and_stores_the_same_children() {
        List<CsvFile> faultyCsv = List.of(
                new CsvFile("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nF1,1,01/02/2015,,,,\r\n"
                        + "F2,3,31/02/2015,,,,\r\nF3,1,01/02/2015,,A86120010100X,,\r\nF4,2,01/03/2016,,,,\r\n"),
                new CsvFile("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
                        + "HOME_POST,PL_POST,URN\r\n"
                        + "F1,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n"
                        + "F2,2024-07-01,S,C9,N1,U4,PR4,01/04/2025,E4A,,,,\r\n"
                        + "F3,01/05/2024,S,C2,N1,T1,PR1,01/06/2024,X1,CARPL,,,\r\n"
                        + "F4,01/05/2024,S,C2,N1,U6,PR1,,,,,,\r\n"),
                new CsvFile("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\nF1,01/02/2015,01/06/2024,PN1\r\n"
                        + "F4,01/03/2016,01/06/2024,PN9\r\n"));
        String faultyXml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Children>
                  <Child>
                    <Header><CHILD>F1</CHILD><SEX>1</SEX><DOB>01/02/2015</DOB></Header>
                    <Episodes><Episode><DECOM>01/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PLACE>U6</PLACE><PLACE_PROVIDER>PR1</PLACE_PROVIDER></Episode></Episodes>
                    <Reviews><Review><REVIEW>01/06/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></Review></Reviews>
                  </Child>
                  <Child>
                    <Header><CHILD>F2</CHILD><SEX>3</SEX><DOB>31/02/2015</DOB></Header>
                    <Episodes><Episode><DECOM>2024-07-01</DECOM><RNE>S</RNE><LS>C9</LS><CIN>N1</CIN><PLACE>U4</PLACE><PLACE_PROVIDER>PR4</PLACE_PROVIDER><DEC>01/04/2025</DEC><REC>E4A</REC></Episode></Episodes>
                  </Child>
                  <Child>
                    <Header><CHILD>F3</CHILD><SEX>1</SEX><DOB>01/02/2015</DOB><UPN>A86120010100X</UPN></Header>
                    <Episodes><Episode><DECOM>01/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PLACE>T1</PLACE><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC>01/06/2024</DEC><REC>X1</REC><REASON_PLACE_CHANGE>CARPL</REASON_PLACE_CHANGE></Episode></Episodes>
                  </Child>
                  <Child>
                    <Header><CHILD>F4</CHILD><SEX>2</SEX><DOB>01/03/2016</DOB></Header>
                    <Episodes><Episode><DECOM>01/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PLACE>U6</PLACE><PLACE_PROVIDER>PR1</PLACE_PROVIDER></Episode></Episodes>
                    <Reviews><Review><REVIEW>01/06/2024</REVIEW><REVIEW_CODE>PN9</REVIEW_CODE></Review></Reviews>
                  </Child>
                </Children>
                """;
        var returns = fromCsv.context.ssda903Returns();
        Ssda903ImportResult byCsv = returns.checkReturn(SOCIAL_WORKER, 2024, faultyCsv);
        Ssda903ImportResult byXml = returns.checkReturn(SOCIAL_WORKER, 2024, List.of(new CsvFile("faulty.xml", faultyXml)));
        assertTrue(byCsv.issues().size() >= 6, byCsv.issues()::toString);
        assertEquals(1, byCsv.childrenStored(), "F1 would be stored; F2, F3, F4 are held back");
        assertEquals(twins(byCsv), twins(byXml));
        assertEquals(byCsv.childrenStored(), byXml.childrenStored());
        assertEquals(byCsv.childrenHeldBack(), byXml.childrenHeldBack());
        assertTrue(byXml.issues().stream().anyMatch(i -> "226".equals(i.rule())), "T-placement's REASON_PLACE_CHANGE");
        assertTrue(byXml.issues().stream().anyMatch(i -> i.file().equals("faulty.xml#Episode") && i.line() == 3
                && "LS".equals(i.column())), byXml.issues()::toString);
    }

    @Test
    @Order(5)
    void a_document_with_an_external_entity_is_refused_and_nothing_is_stored() {
        String before = snapshot(fromXml);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Children [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                + "<Children><Child><Header><CHILD>&e;</CHILD><SEX>1</SEX><DOB>01/02/2015</DOB></Header></Child></Children>";
        InvalidInput refused = assertThrows(InvalidInput.class, () -> fromXml.context.ssda903Returns()
                .importReturn(SOCIAL_WORKER, 2024, List.of(new CsvFile("evil.xml", xxe))));
        assertEquals("evil.xml", refused.violations().getFirst().field());
        assertEquals(before, snapshot(fromXml));
    }

    /** An issue as its CSV twin would give it: the file's kind aside, the same child, line, column, rule, message. */
    private static List<String> twins(Ssda903ImportResult result) {
        return result.issues().stream().map(i -> String.join("|", i.child(), kind(i.file()), String.valueOf(i.line()),
                String.valueOf(i.column()), String.valueOf(i.rule()), i.message().replace("faulty.xml#Header",
                        "header.csv"), i.severity().name())).sorted().toList();
    }

    private static String kind(String file) {
        return switch (file) {
            case "header.csv", "faulty.xml#Header" -> "header";
            case "episodes.csv", "faulty.xml#Episode" -> "episodes";
            case "reviews.csv", "faulty.xml#Review" -> "reviews";
            default -> file;
        };
    }

    private static List<String> rowCounts(Ssda903ImportResult r) {
        return r.files().stream().map(f -> f.rows() + "/" + f.added() + "/" + f.changed() + "/" + f.unchanged()).toList();
    }

    /** What an import stores, without the identifiers each database draws for itself. */
    private static String snapshot(SocialCareFixture db) {
        StringBuilder out = new StringBuilder();
        for (String sql : List.of(
                "select la_child_id, date_of_birth, sex, upn, upn_as_returned, ethnicity, mother, mother_child_dob"
                        + " from social_care.child order by 1",
                "select c.la_child_id, p.start_date, p.end_date, p.reason_ceased from social_care.period_of_care p"
                        + " join social_care.child c using (child_id) order by 1, 2",
                "select c.la_child_id, e.start_date, e.end_date, e.reason_new_episode, e.legal_status, e.placement_type,"
                        + " e.placement_provider, e.reason_ceased from social_care.episode e"
                        + " join social_care.period_of_care p using (period_id)"
                        + " join social_care.child c using (child_id) order by 1, 2",
                "select c.la_child_id, r.review_date, r.participation from social_care.looked_after_review r"
                        + " join social_care.child c using (child_id) order by 1, 2",
                "select c.la_child_id, m.kind, m.start_date, m.end_date from social_care.missing_episode m"
                        + " join social_care.child c using (child_id) order by 1, 3",
                "select c.la_child_id, u.date_ceased from social_care.unaccompanied_asylum_seeker u"
                        + " join social_care.child c using (child_id) order by 1",
                "select c.la_child_id, b.age, b.in_touch, b.activity, b.accommodation from social_care.care_leaver_birthday b"
                        + " join social_care.child c using (child_id) order by 1, 2")) {
            out.append(db.rows(sql).formatCSV()).append('\n');
        }
        return out.toString();
    }
}
