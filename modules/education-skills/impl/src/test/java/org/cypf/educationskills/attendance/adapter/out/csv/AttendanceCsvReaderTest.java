package org.cypf.educationskills.attendance.adapter.out.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** Attendance rows read by column name; UPNs checked by the DfE check letter; each error names row and column. */
class AttendanceCsvReaderTest {
    static final String HEADER = "UPN,URN,AcademicYear,Term,SessionsPossible,SessionsMissed\r\n";

    private static List<String> errors(String csv) {
        var refused = assertThrows(InvalidInput.class, () -> new AttendanceCsvReader().read(csv));
        return refused.violations().stream().map(v -> v.field() + ": " + v.reason()).toList();
    }

    @Test
    void reads_a_pupils_terms_in_any_letter_case() {
        var terms = new AttendanceCsvReader().read(HEADER
                + "v861123424001,100001,2024/25,autumn,140,14\r\n"
                + "V861123424001,100001,2024/25,Spring,120,0\r\n");
        assertEquals(List.of(2, 3), terms.stream().map(r -> r.line()).toList());
        assertEquals("V861123424001", terms.getFirst().term().upn().value());
        assertEquals(Term.AUTUMN, terms.getFirst().term().term());
        assertEquals(2024, terms.getFirst().term().year().startYear());
        assertEquals(14, terms.getFirst().term().sessionsMissed());
        assertEquals(Term.SPRING, terms.get(1).term().term());
    }

    @Test
    void each_row_error_names_the_line_column_and_rule() {
        assertEquals(List.of(
                // the check letter of 861123424001 is V, not A
                "rows[2].UPN: is not a valid UPN (check letter does not match)",
                "rows[3].Term: must be Autumn, Spring or Summer",
                "rows[3].SessionsMissed: must be a whole number of sessions",
                "rows[4].SessionsMissed: must not be more than the sessions possible",
                "rows[5].AcademicYear: must be two consecutive years, as 2024/25",
                "rows[7].UPN: the pupil's autumn term 2024/25 appears again (first on line 6)"), errors(HEADER
                + "A861123424001,100001,2024/25,Autumn,140,14\r\n"
                + "J861123424002,100001,2024/25,Winter,140,x\r\n"
                + "Y861123424003,100001,2024/25,Autumn,140,141\r\n"
                + "M861123424004,100001,2024/26,Autumn,140,1\r\n"
                + "B861123424005,100001,2024/25,Autumn,140,1\r\n"
                + "B861123424005,100002,2024/25,Autumn,130,2\r\n"));
    }

    @Test
    void a_temporary_upn_with_its_check_letter_is_accepted() {
        var terms = new AttendanceCsvReader().read(HEADER + "F86112342400A,100001,2024/25,Summer,100,50\r\n");
        assertEquals(true, terms.getFirst().term().upn().isTemporary());
        assertEquals(true, terms.getFirst().term().isSevereAbsence());
    }
}
