package org.cypf.educationskills.settings.adapter.out.csv;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cypf.educationskills.settings.domain.RegisterEntry;
import org.cypf.educationskills.shared.domain.Ukprn;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.educationskills.settings.port.RegisterReader;
import org.cypf.platform.csv.Csv;
import org.cypf.educationskills.shared.adapter.out.csv.CsvTable;
import org.cypf.kernel.problem.InvalidInput;

/**
 * A Get Information about Schools establishment extract ({@code edubasealldata*.csv} or a filtered download): the
 * columns named below are read by name, every other column (GIAS has over a hundred) is ignored. {@code Trusts
 * (name)} and {@code Postcode} may be empty. {@code UKPRN}, {@code AdministrativeWard (name)} (the setting's
 * locality), {@code OfstedRating (name)} and {@code OfstedLastInsp} are read when the file has them and may be empty
 * (a filtered download may leave them out). At most {@value #MAX_ROWS} rows (England has about 50,000
 * establishments, open and closed).
 */
public final class GiasCsvReader implements RegisterReader {
    public static final int MAX_ROWS = 100_000;
    static final String URN = "URN";
    static final String NAME = "EstablishmentName";
    static final String TYPE = "TypeOfEstablishment (name)";
    static final String PHASE = "PhaseOfEducation (name)";
    static final String TRUST = "Trusts (name)";
    static final String POSTCODE = "Postcode";
    static final String UKPRN = "UKPRN";
    static final String LOCALITY = "AdministrativeWard (name)";
    static final String INSPECTION_OUTCOME = "OfstedRating (name)";
    static final String INSPECTED_ON = "OfstedLastInsp";
    /** GIAS writes its dates day first: {@code 17-05-2023}; some downloads use slashes. */
    private static final List<DateTimeFormatter> GIAS_DATES = List.of(DateTimeFormatter.ofPattern("dd-MM-uuuu"),
            DateTimeFormatter.ofPattern("dd/MM/uuuu"));

    @Override
    public List<RegisterEntry> read(String text) {
        CsvTable table = CsvTable.read(text, List.of(URN, NAME, TYPE, PHASE, TRUST, POSTCODE), MAX_ROWS);
        List<RegisterEntry> entries = new ArrayList<>();
        Map<Urn, Integer> firstLine = new HashMap<>();
        for (Csv.Line row : table.rows()) {
            Urn urn;
            try {
                urn = Urn.parse(table.value(row, URN));
            } catch (InvalidInput e) {
                table.errors(row, e, field -> URN);
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(urn, row.number());
            if (earlier != null) {
                table.error(row, URN, "appears again (first on line " + earlier + ")");
                continue;
            }
            String ukprnText = table.optionalValue(row, UKPRN);
            Ukprn ukprn = ukprnText.isEmpty() ? null : table.parse(row, UKPRN, () -> Ukprn.parse(ukprnText));
            String inspectedText = table.optionalValue(row, INSPECTED_ON);
            LocalDate inspectedOn = inspectedText.isEmpty() ? null
                    : table.parse(row, INSPECTED_ON, () -> giasDate(inspectedText));
            // A cell refused above is the row's error already, so the file is refused whole below.
            try {
                entries.add(new RegisterEntry(urn, ukprn, table.value(row, NAME), table.value(row, TYPE),
                        table.value(row, PHASE), table.value(row, TRUST), table.value(row, POSTCODE),
                        table.optionalValue(row, LOCALITY), table.optionalValue(row, INSPECTION_OUTCOME), inspectedOn));
            } catch (InvalidInput e) {
                table.errors(row, e, GiasCsvReader::column);
            }
        }
        table.throwIfErrors();
        return List.copyOf(entries);
    }

    private static LocalDate giasDate(String text) {
        for (DateTimeFormatter format : GIAS_DATES) {
            try {
                return LocalDate.parse(text, format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // the next way GIAS writes it
            }
        }
        throw InvalidInput.of("date", "must be a date written dd-mm-yyyy, as GIAS writes it");
    }

    private static String column(String field) {
        return switch (field) {
            case "name" -> NAME;
            case "typeOfEstablishment" -> TYPE;
            case "phaseOfEducation" -> PHASE;
            default -> field;
        };
    }
}
