package org.cypf.socialcare.returns.adapter.out.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cypf.socialcare.returns.domain.CinCensus;
import org.cypf.socialcare.returns.domain.CinCensusUpload;
import org.junit.jupiter.api.Test;

/**
 * The CIN census's one mapping: every element the export writes is read back into the same {@link CinCensus.Child}
 * (former UPN, UPN unknown, death date, disabilities, primary need per episode, CIN plan dates, factors, section 47,
 * plans and reviews), under {@code Sex} from 2024-25 and {@code GenderCurrent} before.
 */
class CinCensusXmlTest {
    private final CinCensusXml xml = new CinCensusXml();

    private static CinCensus.Child everything(String id) {
        var assessment = new CinCensus.AssessmentDetails(LocalDate.of(2023, 5, 2), LocalDate.of(2023, 6, 1),
                List.of("3B", "17A"));
        var s47 = new CinCensus.Section47(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 26), LocalDate.of(2023, 6, 20),
                false);
        var plan = new CinCensus.ProtectionPlan(LocalDate.of(2023, 6, 20), LocalDate.of(2024, 2, 1), "NEG", "EMO", 1,
                List.of(LocalDate.of(2023, 9, 18), LocalDate.of(2024, 1, 15)));
        var first = new CinCensus.CinEpisode(LocalDate.of(2023, 5, 1), "3A", "N1", LocalDate.of(2024, 3, 1), "RC2",
                false, List.of(assessment), List.of(new CinCensus.CinPlan(LocalDate.of(2024, 2, 2),
                LocalDate.of(2024, 3, 1))), List.of(s47), List.of(plan));
        return new CinCensus.Child(id, null, "A861200101002", "UN3", LocalDate.of(2015, 3, 3), "2",
                LocalDate.of(2024, 3, 1), "WIRT", List.of("HAND", "VIS"), List.of(first));
    }

    @Test
    void reads_back_every_element_it_writes_under_gender_current_before_2024() {
        var census = new CinCensus(2023, "861", List.of(everything("K1")));
        String written = xml.write(census);
        assertTrue(written.contains("<GenderCurrent>2</GenderCurrent>"), written);
        CinCensusUpload read = xml.read(2023, "k.xml", written);
        assertTrue(read.errors().all().isEmpty(), read.errors().all().toString());
        assertEquals(List.of(everything("K1")), read.children().stream().map(CinCensusUpload.Entry::child).toList());
        assertEquals("2", read.children().getFirst().sexAsWritten());
        assertEquals(written, xml.write(new CinCensus(2023, "861",
                read.children().stream().map(CinCensusUpload.Entry::child).toList())), "the same bytes again");
    }

    @Test
    void reads_sex_from_2024_and_an_expected_birth_date_and_names_each_unreadable_element_where_it_is() {
        String file = """
                <Message><Header><CollectionDetails><Collection>CIN</Collection><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>
                <Children>
                <Child><ChildIdentifiers><LAchildID>U1</LAchildID><ExpectedPersonBirthDate>2025-05-01</ExpectedPersonBirthDate><Sex>U</Sex></ChildIdentifiers>
                <CINdetails><CINreferralDate>2025-02-01</CINreferralDate><ReferralNFA>yes</ReferralNFA>
                <Assessments><AssessmentActualStartDate>01/02/2025</AssessmentActualStartDate></Assessments></CINdetails></Child>
                </Children></Message>""";
        CinCensusUpload read = xml.read(2024, "u.xml", file);
        CinCensusUpload.Entry u1 = read.children().getFirst();
        assertEquals(LocalDate.of(2025, 5, 1), u1.expectedBirthDate());
        assertEquals("U", u1.sexAsWritten());
        List<String> where = read.errors().all().stream().map(i -> i.child() + "@" + i.line() + ":" + i.column()
                + ":" + i.rule()).toList();
        assertTrue(where.contains("U1@4:CINdetails[1].ReferralNFA:8568"), where.toString());
        assertTrue(where.contains("U1@5:CINdetails[1].Assessments[1].AssessmentActualStartDate:null"), where.toString());
    }
}
