package org.cypf.educationskills.settings.adapter.out.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cypf.educationskills.settings.domain.RegisterEntry;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.educationskills.settings.port.RegisterReader;
import org.cypf.platform.csv.Csv;
import org.cypf.educationskills.shared.adapter.out.csv.CsvTable;
import org.cypf.kernel.problem.InvalidInput;

/**
 * A Get Information about Schools establishment extract ({@code edubasealldata*.csv} or a filtered download): the
 * columns named below are read by name, every other column (GIAS has over a hundred) is ignored. {@code Trusts
 * (name)} and {@code Postcode} may be empty. At most {@value #MAX_ROWS} rows (England has about 50,000
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
            try {
                entries.add(new RegisterEntry(urn, table.value(row, NAME), table.value(row, TYPE),
                        table.value(row, PHASE), table.value(row, TRUST), table.value(row, POSTCODE)));
            } catch (InvalidInput e) {
                table.errors(row, e, GiasCsvReader::column);
            }
        }
        table.throwIfErrors();
        return List.copyOf(entries);
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
