package org.cypf.educationskills.schoolsystem.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cypf.educationskills.api.attendance.Attendance;
import org.cypf.educationskills.api.exclusions.Exclusions;
import org.cypf.educationskills.schoolsystem.domain.ImportReport;
import org.cypf.educationskills.schoolsystem.domain.SourceAttendance;
import org.cypf.educationskills.schoolsystem.domain.SourceMapping;
import org.cypf.educationskills.schoolsystem.domain.SourceSuspension;
import org.cypf.educationskills.schoolsystem.domain.UnmappedRow;
import org.cypf.educationskills.schoolsystem.domain.Watermark;
import org.cypf.educationskills.schoolsystem.port.ImportWatermarks;
import org.cypf.educationskills.schoolsystem.port.SchoolInformationSystem;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Imports what a school information system changed since the last run (ADR 0103): per feed, the rows after the
 * stored watermark, a batch at a time, mapped to the census columns of education's own import use cases
 * ({@link Attendance#importAttendance}, {@link Exclusions#importExclusions}), which validate, authorise, audit and
 * publish as for a file a person uploads. A row that cannot be mapped, or that the use case refuses, is reported and
 * left out; the rest of its batch is imported. Each batch and its watermark commit together, so a run that stops
 * half way resumes after the last batch it committed, and a batch read again (a watermark lost) changes nothing: the
 * use cases replace a term or an exclusion with the same facts as unchanged.
 */
public final class SchoolSystemImport {
    /** Rows read from a feed per batch: one unit of work, one call of an import use case. */
    public static final int BATCH = 500;
    /** The most batches one run reads per feed; the next run carries on. */
    public static final int MAX_BATCHES = 200;
    static final String ATTENDANCE_HEADER = "UPN,URN,AcademicYear,Term,SessionsPossible,SessionsMissed";
    static final String SUSPENSIONS_HEADER = "UPN,URN,Category,Reason,StartDate,Sessions";
    private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");
    /** At most this many rounds of leaving out refused rows before a batch's rows are all reported. */
    private static final int MAX_ROUNDS = 5;

    private final UnitOfWork unitOfWork;
    private final SchoolInformationSystem system;
    private final ImportWatermarks watermarks;
    private final Attendance attendance;
    private final Exclusions exclusions;
    private final Caller importer;

    /**
     * @param importer who the import use cases authorise and audit: a system caller naming this import, e.g.
     *                 {@code Caller.system("education-skills.school-system-import")}
     */
    public SchoolSystemImport(UnitOfWork unitOfWork, SchoolInformationSystem system, ImportWatermarks watermarks,
                              Attendance attendance, Exclusions exclusions, Caller importer) {
        this.unitOfWork = unitOfWork;
        this.system = system;
        this.watermarks = watermarks;
        this.attendance = attendance;
        this.exclusions = exclusions;
        this.importer = importer;
    }

    /** Reads both feeds up to now (at most {@link #MAX_BATCHES} batches each) and says what it did. */
    public ImportReport run() {
        List<UnmappedRow> unmapped = new ArrayList<>();
        int[] attendanceCounts = feed("attendance", system::attendanceChangedAfter, SourceAttendance::rowId,
                SourceAttendance::changedAt, SourceMapping::attendance, ATTENDANCE_HEADER,
                csv -> attendance.importAttendance(importer, csv).rows(), unmapped);
        int[] suspensionCounts = feed("suspensions", system::suspensionsChangedAfter, SourceSuspension::rowId,
                SourceSuspension::changedAt, SourceMapping::suspension, SUSPENSIONS_HEADER,
                csv -> exclusions.importExclusions(importer, csv).rows(), unmapped);
        return new ImportReport(system.name(), attendanceCounts[0], attendanceCounts[1], suspensionCounts[0],
                suspensionCounts[1], unmapped);
    }

    private interface Reader<R> {
        List<R> after(Watermark mark, int limit);
    }

    /** Answers {rows read, rows imported}. */
    private <R> int[] feed(String feed, Reader<R> reader, java.util.function.ToLongFunction<R> rowId,
                           Function<R, java.time.Instant> changedAt, Function<R, SourceMapping.Mapped> mapping,
                           String header, Function<String, Integer> importer, List<UnmappedRow> unmapped) {
        int read = 0;
        int imported = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int[] counts = unitOfWork.inTransaction(() -> {
                Watermark mark = watermarks.of(system.name(), feed).orElse(Watermark.START);
                List<R> rows = reader.after(mark, BATCH);
                if (rows.isEmpty()) {
                    return new int[] {0, 0};
                }
                List<Long> ids = new ArrayList<>();
                List<List<String>> lines = new ArrayList<>();
                for (R row : rows) {
                    SourceMapping.Mapped mapped = mapping.apply(row);
                    if (mapped.unmapped() != null) {
                        unmapped.add(mapped.unmapped());
                    } else {
                        ids.add(rowId.applyAsLong(row));
                        lines.add(mapped.fields());
                    }
                }
                int taken = importLeavingOutRefused(feed, header, ids, lines, importer, unmapped);
                R last = rows.getLast();
                watermarks.advance(system.name(), feed, new Watermark(changedAt.apply(last), rowId.applyAsLong(last)),
                        rows.size());
                return new int[] {rows.size(), taken};
            });
            read += counts[0];
            imported += counts[1];
            if (counts[0] < BATCH) {
                break;
            }
        }
        return new int[] {read, imported};
    }

    /** Imports the lines; when the use case refuses rows, reports them and imports the others. Answers rows taken. */
    private static int importLeavingOutRefused(String feed, String header, List<Long> ids, List<List<String>> lines,
                                               Function<String, Integer> importer, List<UnmappedRow> unmapped) {
        List<Long> currentIds = new ArrayList<>(ids);
        List<List<String>> current = new ArrayList<>(lines);
        for (int round = 0; round < MAX_ROUNDS && !current.isEmpty(); round++) {
            try {
                return importer.apply(csv(header, current));
            } catch (InvalidInput refused) {
                // rows[<line>].<Column>, the header being line 1: the refused rows, each with the rule it broke.
                Map<Integer, FieldViolation> byIndex = new TreeMap<>();
                for (FieldViolation v : refused.violations()) {
                    Matcher m = ROW_FIELD.matcher(v.field());
                    if (m.matches()) {
                        byIndex.putIfAbsent(Integer.parseInt(m.group(1)) - 2, v);
                    }
                }
                if (byIndex.isEmpty()) {
                    throw refused; // not about rows: the feed itself is wrong, so the batch is not marked read
                }
                List<Integer> indexes = new ArrayList<>(byIndex.keySet());
                for (int i = indexes.size() - 1; i >= 0; i--) {
                    int index = indexes.get(i);
                    if (index >= 0 && index < current.size()) {
                        FieldViolation v = byIndex.get(index);
                        unmapped.add(new UnmappedRow(feed, currentIds.get(index), v.field().replaceAll(".*\\.", ""),
                                v.reason()));
                        currentIds.remove(index);
                        current.remove(index);
                    }
                }
            }
        }
        for (Long id : currentIds) {
            unmapped.add(new UnmappedRow(feed, id, "", "refused by the import after " + MAX_ROUNDS + " rounds"));
        }
        return 0;
    }

    static String csv(String header, List<List<String>> lines) {
        StringBuilder csv = new StringBuilder(header).append("\r\n");
        for (List<String> fields : lines) {
            csv.append(String.join(",", fields.stream().map(SchoolSystemImport::quoted).toList())).append("\r\n");
        }
        return csv.toString();
    }

    private static String quoted(String field) {
        return field.matches("[A-Za-z0-9/ \\-]*") ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
