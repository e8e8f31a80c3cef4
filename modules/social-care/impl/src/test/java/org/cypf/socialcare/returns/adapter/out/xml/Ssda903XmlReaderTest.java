package org.cypf.socialcare.returns.adapter.out.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.returns.adapter.out.csv.Ssda903CsvReader;
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.domain.RowErrors;
import org.cypf.socialcare.returns.domain.Ssda903Upload;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.junit.jupiter.api.Test;

/**
 * The XML layout read alone (no database): its records become the rows their CSV twins are, and a document that
 * could reach outside itself (a DTD, an external entity), that is not the layout, or that holds too many records is
 * refused whole, naming why.
 */
class Ssda903XmlReaderTest {
    private static final CollectionYear YEAR = CollectionYear.asked(2024, LocalDate.of(2025, 6, 30));
    private final Ssda903XmlReader reader = new Ssda903XmlReader(new Ssda903CsvReader(Ssda903Codes.standard()), 3);

    private static final String ONE_CHILD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Children>
              <Child>
                <Header><CHILD>X1</CHILD><SEX>1</SEX><DOB>01/02/2015</DOB></Header>
                <Episodes><Episode><DECOM>01/05/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PLACE>U6</PLACE>
                  <PLACE_PROVIDER>PR1</PLACE_PROVIDER></Episode></Episodes>
                <Reviews><Review><REVIEW>01/06/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></Review></Reviews>
              </Child>
            </Children>
            """;

    private static List<String> fileErrors(Ssda903Upload upload) {
        return upload.errors().all().stream().filter(i -> i.line() == 0).map(RowErrors.ImportIssue::message).toList();
    }

    @Test
    void a_childs_records_become_the_rows_of_their_csv_twins_with_the_headers_child_and_date_of_birth() {
        Ssda903Upload upload = reader.read(YEAR, List.of(new CsvFile("mine.xml", ONE_CHILD)));
        assertTrue(upload.errors().all().isEmpty(), upload.errors().all()::toString);
        assertEquals("X1", upload.rows().episodes().getFirst().child());
        assertEquals(LocalDate.of(2015, 2, 1), upload.rows().reviews().getFirst().dob());
        assertEquals(2, upload.rows().reviews().getFirst().line(), "the first record of a kind is line 2, as in its CSV");
        assertEquals("mine.xml#Episode", upload.name(org.cypf.socialcare.returns.domain.Ssda903File.EPISODES));
    }

    @Test
    void csv_files_still_go_to_the_csv_reader_and_the_two_layouts_are_not_mixed() {
        var csv = new CsvFile("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nX1,1,01/02/2015,,,,\r\n");
        assertEquals(1, reader.read(YEAR, List.of(csv)).rows().headers().size());
        assertFalse(fileErrors(reader.read(YEAR, List.of(csv, new CsvFile("r.xml", ONE_CHILD)))).isEmpty());
    }

    @Test
    void a_dtd_or_an_external_entity_is_refused_and_never_read() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Children [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Children><Child><Header><CHILD>&secret;</CHILD><SEX>1</SEX><DOB>01/02/2015</DOB></Header></Child></Children>
                """;
        Ssda903Upload upload = reader.read(YEAR, List.of(new CsvFile("xxe.xml", xxe)));
        assertTrue(upload.rows().headers().isEmpty());
        assertTrue(fileErrors(upload).stream().anyMatch(m -> m.contains("DTD")), fileErrors(upload)::toString);
        assertTrue(fileErrors(upload).stream().noneMatch(m -> m.contains("root:")), "nothing of the file is echoed");
    }

    @Test
    void a_document_that_is_not_the_layout_or_holds_too_many_records_is_refused_whole() {
        assertTrue(fileErrors(reader.read(YEAR, List.of(new CsvFile("a.xml", "<Children><Child>"))))
                .getFirst().contains("not well-formed"));
        assertTrue(fileErrors(reader.read(YEAR, List.of(new CsvFile("a.xml", "<Message/>")))).getFirst()
                .contains("<Children>"));
        assertTrue(fileErrors(reader.read(YEAR, List.of(new CsvFile("a.xml", ONE_CHILD.replace("<RNE>", "<FOO>X</FOO><RNE>")))))
                .getFirst().contains("<FOO>"));
        assertTrue(fileErrors(reader.read(YEAR, List.of(new CsvFile("a.xml",
                "<Children><Child><Episodes/></Child></Children>")))).getFirst().contains("no <Header>"));
        String four = ONE_CHILD.replace("</Reviews>", "<Review><REVIEW>02/06/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE>"
                + "</Review></Reviews>");
        assertTrue(fileErrors(reader.read(YEAR, List.of(new CsvFile("a.xml", four)))).getFirst().contains("more than 3"));
    }
}
