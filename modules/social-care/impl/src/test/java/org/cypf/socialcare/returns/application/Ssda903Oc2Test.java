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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.query.ChildInCareHealthForYear;
import org.cypf.healthwellbeing.api.query.ChildrenInCareHealthRecords;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.RecordConvicted;
import org.cypf.socialcare.api.returns.Ssda903Layout;
import org.cypf.socialcare.api.returns.Ssda903Return;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OC2 file of the 2024-25 export against real PostgreSQL, social care's CONVICTED recorded through its use case
 * and health's fields answered through health's published api (a stand-in of that api here: health's own test reads
 * its records into the same answer). The cohort is the DfE's: looked after continuously for the twelve months to
 * 31 March 2025, short breaks aside.
 * <pre>
 * O1 born 2014-06-01, in care from 2023-09-01: CONVICTED 0; health complete, SDQ 14            -> a row
 * O2 born 2021-01-01 (under 5), in care from 2022-01-01: nothing recorded; no development check -> left out
 * O3 born 2012-03-03, in care from 2024-05-01 (not twelve months)                                -> not in the cohort
 * O4 born 2010-10-10, in care from 2020-02-02: CONVICTED 1; health holds no record              -> left out
 * O5 born 2008-08-08, in care from 2019-01-01: CONVICTED 1; SDQ2; substance misuse, offered     -> a row
 * O6 born 2013-01-01, short breaks (V3) from 2023-01-01                                          -> not in the cohort
 * </pre>
 */
class Ssda903Oc2Test {
    private static SocialCareFixture db;
    private static final Map<String, ChildInCareHealthForYear> HEALTH = new HashMap<>();
    private static final List<Caller> ASKED = new ArrayList<>();
    private static Ssda903Return exported;
    private static List<Caller> askedByTheExport;

    @BeforeAll
    static void seed() {
        db = SocialCareFixture.start("ssda903 oc2", 20_000);
        var la = db.context.childrenLookedAfter();
        var returns = db.context.ssda903Returns();
        LocalDate end = of(2025, 3, 31);
        String o1 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("O1", of(2014, 6, 1), of(2023, 9, 1))).childId();
        String o2 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("O2", of(2021, 1, 1), of(2022, 1, 1))).childId();
        String o3 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("O3", of(2012, 3, 3), of(2024, 5, 1))).childId();
        String o4 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("O4", of(2010, 10, 10), of(2020, 2, 2))).childId();
        String o5 = la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("O5", of(2008, 8, 8), of(2019, 1, 1))).childId();
        la.startToBeLookedAfter(SOCIAL_WORKER, startCommand("O6", of(2013, 1, 1), of(2023, 1, 1), "V3", "U6"));
        returns.recordConvicted(SOCIAL_WORKER, new RecordConvicted(o1, 2024, false));
        returns.recordConvicted(SOCIAL_WORKER, new RecordConvicted(o4, 2024, true));
        returns.recordConvicted(SOCIAL_WORKER, new RecordConvicted(o5, 2024, false));
        returns.recordConvicted(SOCIAL_WORKER, new RecordConvicted(o5, 2024, true)); // corrected: replaces
        HEALTH.put(o1, new ChildInCareHealthForYear(o1, end, 1, 1, 1, 14, null, null, 0, null, null));
        HEALTH.put(o2, new ChildInCareHealthForYear(o2, end, 1, 0, 1, null, "SDQ1", null, 0, null, null));
        HEALTH.put(o3, new ChildInCareHealthForYear(o3, end, 1, 1, 1, 10, null, null, 0, null, null));
        HEALTH.put(o5, new ChildInCareHealthForYear(o5, end, 0, 1, 0, null, "SDQ2", null, 1, 0, 1));
        db.context.answerOc2From(new ChildrenInCareHealthRecords() {
            @Override
            public Optional<ChildInCareHealthForYear> forYear(Caller caller, String childId, LocalDate yearEnding) {
                throw new AssertionError("the export asks for the cohort at once");
            }

            @Override
            public List<ChildInCareHealthForYear> forChildren(Caller caller, List<String> childIds, LocalDate yearEnding) {
                ASKED.add(caller);
                assertEquals(end, yearEnding);
                return childIds.stream().map(HEALTH::get).filter(java.util.Objects::nonNull).toList();
            }
        });
        exported = returns.exportReturn(SOCIAL_WORKER, 2024);
        askedByTheExport = List.copyOf(ASKED);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static String file(Ssda903Return r, String name) {
        return r.files().stream().filter(f -> f.name().equals(name)).map(CsvFile::content).findFirst().orElseThrow();
    }

    @Test
    void the_cohort_children_whose_values_are_all_held_have_their_oc2_row_from_social_care_and_health() {
        assertEquals("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,"
                + "SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\r\n"
                + "O1,01/06/2014,14,,0,,1,1,1,0,,\r\n"
                + "O5,08/08/2008,,SDQ2,1,,0,1,0,1,0,1\r\n", file(exported, "oc2.csv"));
        assertEquals(List.of(SOCIAL_WORKER), askedByTheExport, "health is asked once, as the caller exporting");
    }

    @Test
    void each_cohort_child_left_out_is_named_in_the_notes_with_every_value_missing() {
        List<String> oc2 = exported.notes().stream().filter(n -> n.startsWith("oc2.csv: CHILD")).toList();
        assertEquals(2, oc2.size(), oc2::toString);
        assertTrue(oc2.get(0).startsWith("oc2.csv: CHILD O2 ") && oc2.get(0).contains("CONVICTED")
                && oc2.get(0).contains("HEALTH_CHECK"), oc2.get(0));
        assertTrue(oc2.get(1).startsWith("oc2.csv: CHILD O4 ") && oc2.get(1).contains("health holds no record")
                && !oc2.get(1).contains("CONVICTED"), oc2.get(1));
        assertTrue(exported.notes().stream().filter(n -> n.startsWith("oc2.csv"))
                .noneMatch(n -> n.contains("O3") || n.contains("O6")), "not in the cohort");
    }

    @Test
    void the_xml_layout_carries_the_same_oc2_records() {
        String xml = db.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024, Ssda903Layout.XML).files().getFirst()
                .content();
        assertTrue(xml.contains("<OC2><SDQ_SCORE>14</SDQ_SCORE><CONVICTED>0</CONVICTED><IMMUNISATIONS>1</IMMUNISATIONS>"
                + "<TEETH_CHECK>1</TEETH_CHECK><HEALTH_ASSESSMENT>1</HEALTH_ASSESSMENT><SUBSTANCE_MISUSE>0</SUBSTANCE_MISUSE>"
                + "</OC2>"), xml);
    }

    @Test
    void convicted_is_refused_before_anyone_is_asked_when_the_command_is_incomplete_and_outsiders_are_refused() {
        String o1 = db.rows("select child_id::text from social_care.child where la_child_id = 'O1'").getFirst()
                .get(0, String.class);
        assertEquals("year", assertThrows(InvalidInput.class, () -> db.context.ssda903Returns()
                .recordConvicted(SOCIAL_WORKER, new RecordConvicted(o1, null, true))).violations().getFirst().field());
        assertEquals("convicted", assertThrows(InvalidInput.class, () -> db.context.ssda903Returns()
                .recordConvicted(SOCIAL_WORKER, new RecordConvicted(o1, 2024, null))).violations().getFirst().field());
        assertThrows(AccessDenied.class, () -> db.context.ssda903Returns()
                .recordConvicted(OUTSIDER, new RecordConvicted(o1, 2024, true)));
        assertEquals(1, db.count("select count(*) from social_care.convicted_in_year where child_id = ?::uuid"
                + " and not convicted", o1), "what was recorded stands");
    }
}
