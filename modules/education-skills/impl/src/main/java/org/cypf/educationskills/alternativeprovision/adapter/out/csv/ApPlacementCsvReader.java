package org.cypf.educationskills.alternativeprovision.adapter.out.csv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.educationskills.alternativeprovision.domain.ApPlacement;
import org.cypf.educationskills.alternativeprovision.domain.ApProvider;
import org.cypf.educationskills.alternativeprovision.domain.ApReason;
import org.cypf.educationskills.alternativeprovision.domain.ApSettingType;
import org.cypf.educationskills.alternativeprovision.port.ApPlacementReader;
import org.cypf.educationskills.shared.adapter.out.csv.CsvTable;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;
import org.cypf.platform.csv.Csv;

/**
 * Placements in alternative provision, one row per placement, as a school's or the authority's AP register lists
 * them: {@code UPN}, {@code ProviderURN} and/or {@code ProviderUKPRN}, {@code SettingType}, {@code Reason} (the codes
 * of the JSON API), {@code StartDate}, {@code EndDate} (empty while it continues, {@code yyyy-mm-dd}) and
 * {@code SessionsPerWeek}. Each row keeps the placement rules (AP-PROVIDER, AP-SESSIONS, AP-DATES), named when refused.
 * At most {@value #MAX_ROWS} rows.
 */
public final class ApPlacementCsvReader implements ApPlacementReader {
    public static final int MAX_ROWS = 50_000;
    static final String UPN = "UPN";
    static final String URN = "ProviderURN";
    static final String UKPRN = "ProviderUKPRN";
    static final String SETTING_TYPE = "SettingType";
    static final String REASON = "Reason";
    static final String START = "StartDate";
    static final String END = "EndDate";
    static final String SESSIONS = "SessionsPerWeek";

    private static final Map<String, String> COLUMNS = Map.of("providerUrn", URN, "providerUkprn", UKPRN,
            "sessionsPerWeek", SESSIONS, "startDate", START, "endDate", END);

    @Override
    public List<Row> read(String text) {
        CsvTable table = CsvTable.read(text, List.of(UPN, URN, UKPRN, SETTING_TYPE, REASON, START, END, SESSIONS),
                MAX_ROWS);
        List<Row> placements = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Csv.Line row : table.rows()) {
            UniquePupilNumber upn = table.parse(row, UPN, () -> UniquePupilNumber.parse(table.value(row, UPN)));
            Integer urn = table.parse(row, URN, () -> number(table.value(row, URN), "a URN of six digits"));
            Integer ukprn = table.parse(row, UKPRN, () -> number(table.value(row, UKPRN), "a UKPRN of eight digits"));
            ApSettingType type = table.parse(row, SETTING_TYPE, () -> code(table.value(row, SETTING_TYPE),
                    ApSettingType.class));
            ApReason reason = table.parse(row, REASON, () -> code(table.value(row, REASON), ApReason.class));
            LocalDate start = table.parse(row, START, () -> CsvTable.isoDate(table.value(row, START)));
            String endText = table.value(row, END);
            LocalDate end = endText.isEmpty() ? null : table.parse(row, END, () -> CsvTable.isoDate(endText));
            String sessionsText = table.value(row, SESSIONS);
            Integer sessions = table.parse(row, SESSIONS, () -> number(sessionsText, "a whole number of sessions"));
            if (upn == null || type == null || reason == null || start == null
                    || (!endText.isEmpty() && end == null)) {
                continue;
            }
            var v = new Violations();
            ApPlacement.checkDetails(v, urn, ukprn, type, start, end, sessions);
            if (!v.isEmpty()) {
                v.list().forEach(e -> table.error(row, COLUMNS.getOrDefault(e.field(), URN), e.reason()));
                continue;
            }
            String key = upn.value() + " " + urn + " " + ukprn + " " + start;
            Integer earlier = firstLine.putIfAbsent(key, row.number());
            if (earlier != null) {
                table.error(row, START, "the pupil's placement at this provider from " + start
                        + " appears again (first on line " + earlier + ")");
                continue;
            }
            placements.add(new Row(row.number(), new ApPlacement(UUID.randomUUID(), upn, new ApProvider(urn, ukprn),
                    type, reason, start, end, sessions)));
        }
        table.throwIfErrors();
        return List.copyOf(placements);
    }


    /** Empty for none. */
    private static Integer number(String text, String what) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,9}")) {
            throw InvalidInput.of("number", "must be " + what);
        }
        return Integer.parseInt(text);
    }

    private static <E extends Enum<E>> E code(String text, Class<E> type) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw InvalidInput.of("code", s.isEmpty() ? "is required" : "must be one of " + Arrays.stream(
                type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

}
