package org.cypf.educationskills.exclusions.adapter.out.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** Exclusion rows read by column name; reasons checked against the DfE's list; each error names row, column and rule. */
class ExclusionCsvReaderTest {
    static final String HEADER = "UPN,URN,Category,Reason,StartDate,Sessions\r\n";

    private static List<String> errors(String csv) {
        var refused = assertThrows(InvalidInput.class, () -> new ExclusionCsvReader().read(csv));
        return refused.violations().stream().map(v -> v.field() + ": " + v.reason()).toList();
    }

    @Test
    void reads_suspensions_and_permanent_exclusions_in_any_letter_case() {
        var rows = new ExclusionCsvReader().read(HEADER
                + "V861123424001,100001,fixd,pp,2024-11-04,4\r\n"
                + "J861123424002,100002,PERM,DB,2025-03-10,\r\n");
        assertEquals(List.of(2, 3), rows.stream().map(r -> r.line()).toList());
        var suspension = rows.getFirst().exclusion();
        assertEquals(ExclusionCategory.SUSPENSION, suspension.category());
        assertEquals("PP", suspension.reason());
        assertEquals(LocalDate.of(2024, 11, 4), suspension.startDate());
        assertEquals(4, suspension.sessions());
        var permanent = rows.get(1).exclusion();
        assertEquals(ExclusionCategory.PERMANENT, permanent.category());
        assertNull(permanent.sessions());
    }

    @Test
    void each_row_error_names_the_line_column_and_rule() {
        assertEquals(List.of(
                "rows[2].Reason: is not a DfE exclusion reason code (PP, PA, VP, VA, OW, BU, RA, LG, DS, SM, DA, DM, "
                        + "TH, DB, MT)",
                "rows[3].Sessions: is required for a suspension",
                "rows[4].Sessions: must be empty for a permanent exclusion",
                "rows[5].Category: must be FIXD (a suspension) or PERM (a permanent exclusion)",
                "rows[6].StartDate: must be a date written yyyy-mm-dd",
                "rows[7].Sessions: must be from 1 to 90 (a suspension is at most 45 school days a year)",
                "rows[8].Reason: is not a DfE exclusion reason code in 2024/25",
                "rows[10].StartDate: the pupil's exclusion from this school on this date appears again (first on line 9)"),
                errors(HEADER
                        + "V861123424001,100001,FIXD,XX,2024-11-04,4\r\n"
                        + "J861123424002,100001,FIXD,PP,2024-11-04,\r\n"
                        + "Y861123424003,100001,PERM,PP,2024-11-04,2\r\n"
                        + "M861123424004,100001,LNCH,PP,2024-11-04,1\r\n"
                        + "B861123424005,100001,FIXD,PP,04/11/2024,1\r\n"
                        + "V861123424001,100001,FIXD,PP,2024-11-05,91\r\n"
                        + "V861123424001,100001,FIXD,PH,2024-11-06,1\r\n"
                        + "J861123424002,100002,FIXD,PP,2024-11-04,2\r\n"
                        + "J861123424002,100002,FIXD,DB,2024-11-04,3\r\n"));
    }

    @Test
    void the_public_health_reason_is_accepted_only_in_the_years_it_was_collected() {
        var rows = new ExclusionCsvReader().read(HEADER + "V861123424001,100001,FIXD,PH,2021-01-11,2\r\n");
        assertEquals("PH", rows.getFirst().exclusion().reason());
    }

    @Test
    void a_missing_column_refuses_the_file() {
        assertEquals(List.of("header.Reason: column is missing"),
                errors("UPN,URN,Category,StartDate,Sessions\r\nV861123424001,100001,FIXD,2024-11-04,4\r\n"));
    }
}
