package org.cypf.healthwellbeing.childhealth.adapter.out.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cypf.healthwellbeing.childhealth.domain.ObservationKind;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/**
 * Child health observations read through the platform's one reading of CSV (ADR 0043): a line is the physical line
 * a spreadsheet or editor shows, blank lines and quoted line breaks counted, and broken CSV is refused as such.
 */
class ObservationCsvReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final String HEADER = "NHSNumber,ChildId,DateOfBirth,Date,BirthWeightGrams\r\n";
    private final ObservationCsvReader reader = new ObservationCsvReader();

    @Test
    void an_error_names_the_physical_line_past_blank_lines_and_quoted_line_breaks() {
        String text = HEADER + "\r\n" + "9434765919,\"not a\nchild id\",2020-01-01,2020-01-01,3000\r\n";
        InvalidInput refused = assertThrows(InvalidInput.class, () -> reader.read(ObservationKind.BIRTH_WEIGHT, text, TODAY));
        assertEquals("rows[3].ChildId", refused.violations().getFirst().field());
    }

    @Test
    void a_quoted_field_left_open_is_not_csv() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> reader.read(ObservationKind.BIRTH_WEIGHT,
                HEADER + "9434765919,\"open,2020-01-01,2020-01-01,3000\r\n", TODAY));
        assertEquals("$", refused.violations().getFirst().field());
        assertTrue(refused.violations().getFirst().reason().startsWith("is not valid CSV"));
    }
}
