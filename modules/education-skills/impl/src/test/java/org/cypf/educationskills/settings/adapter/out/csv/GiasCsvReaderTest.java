package org.cypf.educationskills.settings.adapter.out.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
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
    void the_ukprn_locality_and_latest_inspection_are_read_when_the_file_has_them_and_may_be_empty() {
        var entries = new GiasCsvReader().read(HEADER.replace("\r\n", ",UKPRN,AdministrativeWard (name),"
                + "OfstedRating (name),OfstedLastInsp\r\n")
                + "100001,861,Brook Primary,35,Community school,Primary,,ST4 1AA,10012345,Hanley Park and Shelton,"
                + "Good,17-05-2023\r\n"
                + "100002,861,Ridge Nursery,15,Local authority nursery school,Nursery,,ST5 2BB,,,,\r\n"
                + "100003,861,Vale Academy,28,Academy converter,Secondary,,ST6 3CC,10054321,Tunstall,,12/03/2025\r\n");
        var brook = entries.getFirst();
        assertEquals(10012345, brook.ukprn().value());
        assertEquals("Hanley Park and Shelton", brook.locality());
        assertEquals("Good", brook.inspectionOutcome());
        assertEquals(LocalDate.of(2023, 5, 17), brook.inspectedOn());
        var ridge = entries.get(1);
        assertNull(ridge.ukprn());
        assertNull(ridge.locality());
        assertNull(ridge.inspectionOutcome());
        assertNull(ridge.inspectedOn());
        assertNull(entries.get(2).inspectionOutcome(), "inspected since September 2024: no single word");
        assertEquals(LocalDate.of(2025, 3, 12), entries.get(2).inspectedOn());

        var withoutThem = new GiasCsvReader().read(HEADER + "100001,861,Brook Primary,35,Community school,Primary,,\r\n");
        assertNull(withoutThem.getFirst().ukprn(), "a download without the columns is read as before");
    }

    @Test
    void a_bad_ukprn_or_inspection_date_is_the_rows_error_and_nothing_is_returned() {
        assertEquals(List.of(
                "rows[2].UKPRN: must be eight digits from 10000000",
                "rows[3].OfstedLastInsp: must be a date written dd-mm-yyyy, as GIAS writes it",
                "rows[3].EstablishmentName: is required"), errors(HEADER.replace("\r\n", ",UKPRN,OfstedLastInsp\r\n")
                + "100001,861,Brook Primary,35,Community school,Primary,,,1234567,\r\n"
                + "100002,861,,35,Community school,Primary,,,10012345,31-02-2024\r\n"));
    }

    @Test
    void a_file_without_the_register_columns_is_refused_naming_each_missing_column() {
        var refused = assertThrows(InvalidInput.class, () -> new GiasCsvReader().read("URN,Name\r\n100001,A\r\n"));
        assertEquals(List.of("header.EstablishmentName", "header.TypeOfEstablishment (name)",
                "header.PhaseOfEducation (name)", "header.Trusts (name)", "header.Postcode"),
                refused.violations().stream().map(FieldViolation::field).toList());
    }
}
