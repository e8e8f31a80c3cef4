package org.cypf.educationskills.results.adapter.out.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.results.domain.EarlyLearningGoal;
import org.cypf.educationskills.results.domain.EyfsProfile;
import org.cypf.educationskills.results.domain.Ks2Result;
import org.cypf.educationskills.results.domain.Ks4Result;
import org.cypf.educationskills.results.domain.WritingAssessment;
import org.cypf.educationskills.results.port.ResultsReader;
import org.cypf.educationskills.shared.adapter.out.csv.CsvTable;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.csv.Csv;

/**
 * Results files, one row per pupil per school year, columns read by name (others ignored), at most
 * {@value #MAX_ROWS} rows: every file has {@code UPN, URN, AcademicYear (2024/25)}; the EYFS profile {@code FSM} (Y or
 * N) and one column per early learning goal ({@link EarlyLearningGoal#column()}: {@code Expected} or
 * {@code Emerging}); KS2 {@code FSM6, ReadingScore, MathsScore, WritingTA}; KS4 {@code FSM6, Attainment8, Progress8,
 * EnglishGrade, MathsGrade}.
 */
public final class ResultsCsvReader implements ResultsReader {
    public static final int MAX_ROWS = 100_000;
    static final String UPN = "UPN";
    static final String URN = "URN";
    static final String YEAR = "AcademicYear";

    /** One row's common columns, or null where one of them was wrong (the error is recorded). */
    private record Key(UniquePupilNumber upn, AcademicYear year, int urn) {}

    @Override
    public List<Row<EyfsProfile>> eyfs(String text) {
        List<String> columns = new ArrayList<>(List.of(UPN, URN, YEAR, "FSM"));
        Arrays.stream(EarlyLearningGoal.values()).map(EarlyLearningGoal::column).forEach(columns::add);
        return read(text, columns, (table, row, key) -> {
            Boolean fsm = table.parse(row, "FSM", () -> yesNo(table.value(row, "FSM")));
            Set<EarlyLearningGoal> expected = EnumSet.noneOf(EarlyLearningGoal.class);
            boolean complete = fsm != null;
            for (EarlyLearningGoal goal : EarlyLearningGoal.values()) {
                Boolean met = table.parse(row, goal.column(), () -> expected(table.value(row, goal.column())));
                if (met == null) {
                    complete = false;
                } else if (met) {
                    expected.add(goal);
                }
            }
            return complete && key != null ? new EyfsProfile(key.upn(), key.year(), key.urn(), fsm, expected) : null;
        }, f -> f);
    }

    @Override
    public List<Row<Ks2Result>> ks2(String text) {
        return read(text, List.of(UPN, URN, YEAR, "FSM6", "ReadingScore", "MathsScore", "WritingTA"),
                (table, row, key) -> {
                    Boolean fsm6 = table.parse(row, "FSM6", () -> yesNo(table.value(row, "FSM6")));
                    Integer[] reading = {null};
                    Integer[] maths = {null};
                    boolean scores = table.parse(row, "ReadingScore", () -> {
                        reading[0] = optionalWhole(table.value(row, "ReadingScore"), "a scaled score from 80 to 120");
                        return true;
                    }) != null & table.parse(row, "MathsScore", () -> {
                        maths[0] = optionalWhole(table.value(row, "MathsScore"), "a scaled score from 80 to 120");
                        return true;
                    }) != null;
                    WritingAssessment writing = table.parse(row, "WritingTA",
                            () -> WritingAssessment.parse(table.value(row, "WritingTA")));
                    if (key == null || fsm6 == null || !scores || writing == null) {
                        return null;
                    }
                    return new Ks2Result(key.upn(), key.year(), key.urn(), fsm6, reading[0], maths[0], writing);
                }, field -> switch (field) {
                    case "readingScore" -> "ReadingScore";
                    case "mathsScore" -> "MathsScore";
                    default -> field;
                });
    }

    @Override
    public List<Row<Ks4Result>> ks4(String text) {
        return read(text, List.of(UPN, URN, YEAR, "FSM6", "Attainment8", "Progress8", "EnglishGrade", "MathsGrade"),
                (table, row, key) -> {
                    Boolean fsm6 = table.parse(row, "FSM6", () -> yesNo(table.value(row, "FSM6")));
                    BigDecimal a8 = table.parse(row, "Attainment8", () -> decimal(table.value(row, "Attainment8"), true));
                    BigDecimal[] p8 = {null};
                    boolean p8Read = table.parse(row, "Progress8", () -> {
                        p8[0] = decimal(table.value(row, "Progress8"), false);
                        return true;
                    }) != null;
                    Integer english = table.parse(row, "EnglishGrade", () -> grade(table.value(row, "EnglishGrade")));
                    Integer maths = table.parse(row, "MathsGrade", () -> grade(table.value(row, "MathsGrade")));
                    if (key == null || fsm6 == null || a8 == null || !p8Read || english == null || maths == null) {
                        return null;
                    }
                    return new Ks4Result(key.upn(), key.year(), key.urn(), fsm6, a8, p8[0], english, maths);
                }, field -> switch (field) {
                    case "attainment8" -> "Attainment8";
                    case "progress8" -> "Progress8";
                    case "englishGrade" -> "EnglishGrade";
                    case "mathsGrade" -> "MathsGrade";
                    default -> field;
                });
    }

    @FunctionalInterface
    private interface RowReader<R> {
        /** The row's result, or null when a column was wrong (recorded on the table). */
        R read(CsvTable table, Csv.Line row, Key key);
    }

    private static <R> List<Row<R>> read(String text, List<String> columns, RowReader<R> reader,
                                         Function<String, String> columnOfField) {
        CsvTable table = CsvTable.read(text, columns, MAX_ROWS);
        List<Row<R>> read = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Csv.Line row : table.rows()) {
            UniquePupilNumber upn = table.parse(row, UPN, () -> UniquePupilNumber.parse(table.value(row, UPN)));
            Urn urn = table.parse(row, URN, () -> Urn.parse(table.value(row, URN)));
            AcademicYear year = table.parse(row, YEAR, () -> AcademicYear.parse(table.value(row, YEAR)));
            Key key = upn == null || urn == null || year == null ? null : new Key(upn, year, urn.value());
            R result;
            try {
                result = reader.read(table, row, key);
            } catch (InvalidInput e) {
                table.errors(row, e, columnOfField);
                continue;
            }
            if (result == null) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(upn.value() + " " + year, row.number());
            if (earlier != null) {
                table.error(row, UPN, "the pupil's result for " + year + " appears again (first on line " + earlier + ")");
                continue;
            }
            read.add(new Row<>(row.number(), result));
        }
        table.throwIfErrors();
        return List.copyOf(read);
    }


    private static boolean yesNo(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "Y" -> true;
            case "N" -> false;
            default -> throw InvalidInput.of("flag", text.isEmpty() ? "is required" : "must be Y or N");
        };
    }

    private static boolean expected(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "expected" -> true;
            case "emerging" -> false;
            default -> throw InvalidInput.of("goal", text.isEmpty() ? "is required" : "must be Expected or Emerging");
        };
    }

    private static Integer optionalWhole(String text, String what) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) < Ks2Result.LOWEST_SCALED_SCORE
                || Integer.parseInt(text) > Ks2Result.HIGHEST_SCALED_SCORE) {
            throw InvalidInput.of("score", "must be empty or " + what);
        }
        return Integer.parseInt(text);
    }

    private static int grade(String text) {
        if (!text.matches("\\d")) {
            throw InvalidInput.of("grade", text.isEmpty() ? "is required" : "must be a GCSE grade from 0 to 9");
        }
        return Integer.parseInt(text);
    }

    private static BigDecimal decimal(String text, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                throw InvalidInput.of("score", "is required");
            }
            return null;
        }
        if (!text.matches("-?\\d{1,2}(\\.\\d{1,2})?")) {
            throw InvalidInput.of("score", "must be a number with at most two decimal places");
        }
        return new BigDecimal(text);
    }
}
