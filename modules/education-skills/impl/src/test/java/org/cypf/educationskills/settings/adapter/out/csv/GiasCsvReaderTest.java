package org.cypf.educationskills.settings.adapter.out.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.junit.jupiter.api.Test;

/** A GIAS extract read by its column names; every error names the row (as a spreadsheet numbers it) and column. */
class GiasCsvReaderTest {
    static final String HEADER = "URN,LA (code),EstablishmentName,TypeOfEstablishment (code),TypeOfEstablishment (name),"
            + "PhaseOfEducation (name),Trusts (name),Postcode\r\n";

    private static List<String> errors(String csv) {
        var refused = assertThrows(InvalidInput.class, () -> new GiasCsvReader().read(csv));
        return refused.violations().stream().map(v -> v.field() + ": " + v.reason()).toList();
    }

    @Test
    void reads_the_named_columns_in_any_order_and_ignores_the_rest() {
        var entries = new GiasCsvReader().read(HEADER
                + "100001,861,\"St Mary's, Church of England Primary\",35,Voluntary aided school,Primary,,ST4 1AA\r\n"
                + "100002,861,Hillside Academy,28,Academy sponsor led,Secondary,Northern Learning Trust,ST5 2BB\n");
        assertEquals(2, entries.size());
        var first = entries.getFirst();
        assertEquals(100001, first.urn().value());
        assertEquals("St Mary's, Church of England Primary", first.name());
        assertEquals("Voluntary aided school", first.typeOfEstablishment());
        assertEquals("Primary", first.phaseOfEducation());
        assertNull(first.trust(), "an empty Trusts (name) means the setting is in no trust");
        assertEquals("Northern Learning Trust", entries.get(1).trust());
    }

    @Test
    void each_row_error_names_the_line_column_and_rule_and_nothing_is_returned() {
        assertEquals(List.of(
                "rows[2].URN: must be six digits",
                "rows[3].EstablishmentName: is required",
                "rows[3].PhaseOfEducation (name): is required",
                "rows[5].URN: appears again (first on line 4)"), errors(HEADER
                + "12345,861,Short URN School,35,Community school,Primary,,ST4 1AA\r\n"
                + "100003,861,,35,Community school,,,ST4 1AA\r\n"
                + "100004,861,Good School,35,Community school,Primary,,ST4 1AA\r\n"
                + "100004,861,Good School Again,35,Community school,Primary,,ST4 1AA\r\n"));
    }

    @Test
    void a_file_without_the_register_columns_is_refused_naming_each_missing_column() {
        var refused = assertThrows(InvalidInput.class, () -> new GiasCsvReader().read("URN,Name\r\n100001,A\r\n"));
        assertEquals(List.of("header.EstablishmentName", "header.TypeOfEstablishment (name)",
                "header.PhaseOfEducation (name)", "header.Trusts (name)", "header.Postcode"),
                refused.violations().stream().map(FieldViolation::field).toList());
    }
}
