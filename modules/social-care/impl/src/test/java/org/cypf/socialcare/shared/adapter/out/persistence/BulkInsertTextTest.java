package org.cypf.socialcare.shared.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rows a bulk import copies are written in COPY's text format exactly, whatever characters a value holds. */
class BulkInsertTextTest {

    @Test
    void values_are_tab_separated_nulls_are_marked_and_separators_inside_values_are_escaped() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        String text = BulkInsert.text(List.of(
                new Object[] {id, "C1", null, LocalDate.of(2024, 5, 1), 2L},
                new Object[] {id, "a\tb\\c\nd\re", "", null, null}));
        assertEquals("00000000-0000-0000-0000-000000000001\tC1\t\\N\t2024-05-01\t2\n"
                + "00000000-0000-0000-0000-000000000001\ta\\tb\\\\c\\nd\\re\t\t\\N\t\\N\n", text);
    }
}
