package org.cypf.educationskills.schoolsystem.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cypf.educationskills.schoolsystem.domain.SourceAttendance;
import org.cypf.educationskills.schoolsystem.domain.SourceSuspension;
import org.cypf.educationskills.schoolsystem.domain.Watermark;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link SchoolInformationSystem} must do (ADR 0103, ADR 0106), as a suite an adapter's test
 * extends: CYPF's MariaDB adapter passes it on a real MariaDB, the in-memory adapter passes it, and an integrator's
 * adapter to their own school information system runs the same suite (published in education's test-jar,
 * {@code org.cypf:education-skills:<version>:test-jar}).
 *
 * <p>The contract: each feed's rows come in (change time, row id) order, strictly after the watermark, so two rows
 * changed in the same microsecond are neither skipped nor read twice; at most {@code limit} at a time, and reading on
 * from the last row read returns every row exactly once; values come as the system holds them (mapping is the import's
 * job, not the adapter's: an unknown term code, a missing UPN, half a session); reading changes nothing; the two
 * feeds are read independently.
 */
public abstract class SchoolInformationSystemContract {

    /**
     * An adapter over a system holding exactly these rows (each the system's own values, its row id and change time
     * to the microsecond). UPNs are 13 characters or null, URNs are never null, suspension types are
     * {@code Suspension}, {@code Permanent} or {@code Lunchtime}, sessions have one decimal place.
     */
    protected abstract SchoolInformationSystem holding(List<SourceAttendance> attendance,
                                                       List<SourceSuspension> suspensions);

    static final Instant T1 = Instant.parse("2025-01-06T08:00:00.000001Z");
    static final Instant T2 = Instant.parse("2025-01-06T08:00:00.000002Z");
    static final Instant T3 = Instant.parse("2025-01-07T09:30:00Z");

    private static SourceAttendance attendance(long id, Instant at) {
        return new SourceAttendance(id, "V861123424001", 100001, "2024-2025", "AUT", 140, 10, at);
    }

    private static SourceSuspension suspension(long id, Instant at) {
        return new SourceSuspension(id, "J861123424002", 100001, "Suspension", "PP", LocalDate.of(2024, 11, 4),
                new BigDecimal("2.0"), at);
    }

    /** Shuffled on purpose: the system's order of insertion is not the order the port promises. */
    private static List<SourceAttendance> attendanceRows() {
        return List.of(attendance(6, T2), attendance(2, T1), attendance(9, T1), attendance(4, T2), attendance(5, T2),
                attendance(1, T3));
    }

    private static <R> List<R> sorted(List<R> rows, Comparator<R> order) {
        List<R> copy = new ArrayList<>(rows);
        copy.sort(order);
        return copy;
    }

    private static final Comparator<SourceAttendance> ATTENDANCE_ORDER =
            Comparator.comparing(SourceAttendance::changedAt).thenComparingLong(SourceAttendance::rowId);

    @Test
    public void from_the_start_every_row_comes_in_change_time_then_row_id_order() {
        var system = holding(attendanceRows(), List.of(suspension(3, T2), suspension(1, T2), suspension(2, T1)));

        assertEquals(sorted(attendanceRows(), ATTENDANCE_ORDER), system.attendanceChangedAfter(Watermark.START, 100));
        assertEquals(List.of(2L, 1L, 3L), system.suspensionsChangedAfter(Watermark.START, 100).stream()
                .map(SourceSuspension::rowId).toList());
    }

    @Test
    public void after_a_watermark_only_rows_strictly_after_it_come_even_in_the_same_microsecond() {
        var system = holding(attendanceRows(), List.of(suspension(7, T2), suspension(8, T2), suspension(1, T3)));

        assertEquals(List.of(6L, 1L), system.attendanceChangedAfter(new Watermark(T2, 5), 100).stream()
                .map(SourceAttendance::rowId).toList(), "(T2, 4) and (T2, 5) are at or before the mark, (T1, 9) too");
        assertEquals(List.of(8L, 1L), system.suspensionsChangedAfter(new Watermark(T2, 7), 100).stream()
                .map(SourceSuspension::rowId).toList());
        assertEquals(List.of(), system.attendanceChangedAfter(new Watermark(T3, 1), 100));
    }

    @Test
    public void at_most_limit_rows_come_and_reading_on_from_the_last_row_reads_every_row_once() {
        var system = holding(attendanceRows(), List.of());
        List<SourceAttendance> read = new ArrayList<>();
        Watermark mark = Watermark.START;
        for (int round = 0; round < 10; round++) {
            List<SourceAttendance> batch = system.attendanceChangedAfter(mark, 2);
            assertTrue(batch.size() <= 2, "at most the limit: " + batch.size());
            if (batch.isEmpty()) {
                break;
            }
            read.addAll(batch);
            mark = new Watermark(batch.getLast().changedAt(), batch.getLast().rowId());
        }
        assertEquals(sorted(attendanceRows(), ATTENDANCE_ORDER), read);
    }

    @Test
    public void values_come_as_the_system_holds_them_and_mapping_is_left_to_the_import() {
        var odd = new SourceAttendance(3, null, 100002, "2024-2025", "HT3", null, null, T1);
        var half = new SourceSuspension(3, "A861123424009", 100002, "Suspension", "VA", LocalDate.of(2024, 12, 2),
                new BigDecimal("1.5"), T1);
        var lunchtime = new SourceSuspension(4, "A861123424009", 100002, "Lunchtime", "PP", LocalDate.of(2024, 12, 9),
                null, T2);
        var system = holding(List.of(odd), List.of(half, lunchtime));

        assertEquals(List.of(odd), system.attendanceChangedAfter(Watermark.START, 10));
        assertEquals(List.of(half, lunchtime), system.suspensionsChangedAfter(Watermark.START, 10));
    }

    @Test
    public void reading_changes_nothing_and_the_feeds_are_independent() {
        var system = holding(attendanceRows(), List.of(suspension(1, T1)));
        assertFalse(system.name().isBlank(), "the name the watermarks are kept under");

        var first = system.attendanceChangedAfter(Watermark.START, 100);
        assertEquals(List.of(), system.attendanceChangedAfter(new Watermark(T3, 99), 100));
        assertEquals(List.of(suspension(1, T1)), system.suspensionsChangedAfter(Watermark.START, 100),
                "reading one feed past its end does not move the other");
        assertEquals(first, system.attendanceChangedAfter(Watermark.START, 100), "a second read gives the same rows");
    }
}
