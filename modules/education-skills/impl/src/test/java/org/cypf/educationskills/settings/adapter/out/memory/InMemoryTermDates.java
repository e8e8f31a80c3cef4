package org.cypf.educationskills.settings.adapter.out.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.settings.domain.SchoolCalendar;
import org.cypf.educationskills.settings.domain.TermDates;
import org.cypf.educationskills.settings.port.SchoolCalendars;
import org.cypf.educationskills.settings.port.TermDatesHeld;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Term dates in memory, and the school calendars read from them, for fast tests (ADR 0049, ADR 0097); test code only.
 * It passes {@code TermDatesHeldContract} and {@code SchoolCalendarsContract} as the jOOQ adapter does: a school year's
 * dates put in the caller's {@link InMemoryUnitOfWork} and kept when it commits. A pupil's setting is the one their
 * attendance was last reported at, read from the attendance store it is given (the first of a pupil's terms, latest
 * first, is the same definition the jOOQ adapter's SQL keeps).
 */
public final class InMemoryTermDates implements TermDatesHeld, SchoolCalendars {
    /** A setting's (null: the local authority's) school year. */
    private record YearOf(Integer urn, AcademicYear year) {}

    private final InMemoryRows<YearOf, TermDates> rows = new InMemoryRows<>();
    private final AttendanceRecords attendance;
    private final WorkingDayCalendar bankHolidays;

    public InMemoryTermDates(AttendanceRecords attendance, WorkingDayCalendar bankHolidays) {
        this.attendance = attendance;
        this.bankHolidays = bankHolidays;
    }

    @Override
    public void put(TermDates dates) {
        rows.put(new YearOf(dates.urn(), dates.year()), dates);
    }

    @Override
    public Optional<TermDates> of(Integer urn, AcademicYear year) {
        return rows.find(new YearOf(urn, year));
    }

    @Override
    public SchoolCalendar ofPupil(UniquePupilNumber upn) {
        Integer urn = upn == null ? null : attendance.ofPupil(upn, 0, 1).stream().findFirst()
                .map(TermAttendance::urn).orElse(null);
        return new SchoolCalendar(year -> followedBy(urn, year), bankHolidays);
    }

    @Override
    public Function<Integer, SchoolCalendar> ofSettings(Set<Integer> settings) {
        // Read together now, as the jOOQ adapter reads them in one pass, not year by year when asked.
        Map<YearOf, TermDates> held = new HashMap<>();
        rows.where(d -> d.urn() == null || settings.contains(d.urn()))
                .forEach(d -> held.put(new YearOf(d.urn(), d.year()), d));
        return urn -> new SchoolCalendar(year -> {
            Optional<TermDates> own = urn == null ? Optional.empty()
                    : Optional.ofNullable(held.get(new YearOf(urn, year)));
            return own.isPresent() ? own : Optional.ofNullable(held.get(new YearOf(null, year)));
        }, bankHolidays);
    }
}
