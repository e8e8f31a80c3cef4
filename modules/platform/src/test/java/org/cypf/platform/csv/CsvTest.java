package org.cypf.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 as every context's file adapters read and write it. */
class CsvTest {

    @Test
    void quoted_fields_hold_commas_quotes_and_line_breaks_and_keep_the_line_they_started_on() {
        var lines = Csv.read("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n\"two\nlines\",z\nlast,row", 10);
        assertEquals(List.of(new Csv.Line(1, List.of("a", "b")), new Csv.Line(2, List.of("x, y", "say \"hi\"")),
                new Csv.Line(4, List.of("two\nlines", "z")), new Csv.Line(6, List.of("last", "row"))), lines);
    }

    @Test
    void reading_stops_one_line_past_the_limit_so_the_caller_can_refuse_a_file_too_long() {
        assertEquals(3, Csv.read("a\nb\nc\nd\ne\n", 2).size());
    }

    @Test
    void an_unclosed_quote_is_refused_naming_its_line() {
        var refused = assertThrows(IllegalArgumentException.class, () -> Csv.read("a\n\"open,b\n", 10));
        assertEquals("a quoted field opened on line 2 is not closed", refused.getMessage());
    }

    @Test
    void a_file_for_spreadsheets_writes_a_cell_that_starts_a_formula_as_quoted_text() {
        List<List<String>> rows = List.of(List.of("=HYPERLINK(\"http://x\",\"a\")", "+1", "-2+3", "@SUM(A1)"),
                List.of("\tTAB", "\rCR", "plain", "a=b"), Arrays.asList("", null, "x, y", "1-2"));
        String text = Csv.writeForSpreadsheets(List.of("a", "b", "c", "d"), rows);
        assertEquals("a,b,c,d\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\",\"'+1\",\"'-2+3\",\"'@SUM(A1)\"\r\n"
                + "\"'\tTAB\",\"'\rCR\",plain,a=b\r\n"
                + ",,\"x, y\",1-2\r\n", text);
        assertEquals(List.of("'=HYPERLINK(\"http://x\",\"a\")", "'+1", "'-2+3", "'@SUM(A1)"),
                Csv.read(text, 10).get(1).fields(), "the cells read back as text, the quote kept");
        assertEquals(List.of("'\tTAB", "'\rCR", "plain", "a=b"), Csv.read(text, 10).get(2).fields());
    }

    @Test
    void a_file_for_another_system_keeps_every_value_as_given_a_minus_is_a_number() {
        assertEquals("n,s\r\n-1,=x\r\n", Csv.write(List.of("n", "s"), List.of(List.of("-1", "=x"))));
    }

    @Test
    void what_is_written_reads_back_the_same() {
        List<List<String>> rows = List.of(List.of("1", "with, comma"), Arrays.asList("quote \" inside", null));
        String text = Csv.write(List.of("id", "text"), rows);
        assertEquals(List.of("id", "text"), Csv.read(text, 10).getFirst().fields());
        assertEquals(List.of("quote \" inside", ""), Csv.read(text, 10).get(2).fields());
        assertEquals(List.of("1", "with, comma"), Csv.read(text, 10).get(1).fields());
    }
}
