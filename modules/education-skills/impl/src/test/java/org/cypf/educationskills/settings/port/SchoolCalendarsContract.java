package org.cypf.educationskills.settings.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.settings.domain.SchoolCalendar;
import org.cypf.educationskills.settings.domain.SchoolHoliday;
import org.cypf.educationskills.settings.domain.SchoolTerm;
import org.cypf.educationskills.settings.domain.TermDates;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every source of school calendars must do (ADR 0049, ADR 0087, ADR 0097): CYPF's jOOQ adapter passes it on
 * PostgreSQL, the in-memory adapter passes it, and an integrator's source of the same calendars runs it too.
 *
 * <p>The promises: a pupil's calendar is that of the setting their attendance was last reported at (the latest year,
 * then the latest term, whatever order the terms were reported in); a setting holding no dates of its own follows the
 * local authority's, and so does a pupil with no attendance reported or no UPN; a year with no dates held at all is
 * approximated, one held is not; the calendars of several settings read together are each that setting's, a null
 * setting the local authority's. Each calendar is told apart by one closure day only it holds (a weekday in the
 * autumn term, no bank holiday). Each test works on a school year and pupils of its own.
 */
public abstract class SchoolCalendarsContract {
    private static final AtomicInteger YEARS = new AtomicInteger(2060);
    private static final AtomicInteger SERIALS = new AtomicInteger();
    /** Settings the suite registers: SCHOOL and OTHER_SCHOOL hold dates of their own, PLAIN_SCHOOL none. */
    private static final int SCHOOL = 960_001;
    private static final int OTHER_SCHOOL = 960_002;
    private static final int PLAIN_SCHOOL = 960_003;

    protected abstract SchoolCalendars calendars();

    /** Where the term dates the calendars are read from are put. */
    protected abstract TermDatesHeld termDates();

    /** Where the attendance a pupil's setting is read from is put. */
    protected abstract AttendanceRecords attendance();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Makes the pupil known where the store needs it known first; called once a pupil. */
    protected void registerPupil(UniquePupilNumber upn) {}

    /** Makes a setting known where the store needs it; called before each test, so again must change nothing. */
    protected void registerSetting(int urn) {}

    @BeforeEach
    public final void settingsHeld() {
        registerSetting(SCHOOL);
        registerSetting(OTHER_SCHOOL);
        registerSetting(PLAIN_SCHOOL);
    }

    /** A school year with dates held for the authority, SCHOOL and OTHER_SCHOOL, each closed one day of its own. */
    private record Year(int y, LocalDate schoolsDay, LocalDate otherSchoolsDay, LocalDate authoritysDay) {}

    private Year aYearHeld() {
        int y = YEARS.getAndIncrement();
        LocalDate october = LocalDate.of(y, 10, 1);
        Year year = new Year(y, october.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                october.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)),
                october.with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY)));
        inUnitOfWork(() -> {
            termDates().put(dates(SCHOOL, y, year.schoolsDay()));
            termDates().put(dates(OTHER_SCHOOL, y, year.otherSchoolsDay()));
            termDates().put(dates(null, y, year.authoritysDay()));
            return null;
        });
        return year;
    }

    private static TermDates dates(Integer urn, int y, LocalDate closed) {
        return new TermDates(urn, new AcademicYear(y), List.of(
                new SchoolTerm(Term.AUTUMN, LocalDate.of(y, 9, 3), LocalDate.of(y, 12, 19)),
                new SchoolTerm(Term.SPRING, LocalDate.of(y + 1, 1, 6), LocalDate.of(y + 1, 3, 27)),
                new SchoolTerm(Term.SUMMER, LocalDate.of(y + 1, 4, 14), LocalDate.of(y + 1, 7, 22))),
                List.of(new SchoolHoliday("Closure day", closed, closed)));
    }

    /** Which of the year's three closure days the calendar keeps closed: so which calendar it is. */
    private static Set<String> closedOn(SchoolCalendar calendar, Year year) {
        Set<String> closed = new HashSet<>();
        if (!calendar.isSchoolDay(year.schoolsDay())) {
            closed.add("SCHOOL");
        }
        if (!calendar.isSchoolDay(year.otherSchoolsDay())) {
            closed.add("OTHER_SCHOOL");
        }
        if (!calendar.isSchoolDay(year.authoritysDay())) {
            closed.add("AUTHORITY");
        }
        return closed;
    }

    private UniquePupilNumber aPupil() {
        UniquePupilNumber upn = UniquePupilNumber.withCheckLetter(
                String.format("2050000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000));
        registerPupil(upn);
        return upn;
    }

    private void attended(UniquePupilNumber upn, int year, Term term, int urn) {
        inUnitOfWork(() -> {
            attendance().put(List.of(new TermAttendance(upn, new AcademicYear(year), term, urn, 100, 5)));
            return null;
        });
    }

    private Set<String> pupilsCalendar(UniquePupilNumber upn, Year year) {
        return inUnitOfWork(() -> closedOn(calendars().ofPupil(upn), year));
    }

    @Test
    public void a_pupils_calendar_is_that_of_the_setting_their_attendance_was_last_reported_at() {
        Year year = aYearHeld();
        UniquePupilNumber pupil = aPupil();
        attended(pupil, year.y(), Term.SUMMER, OTHER_SCHOOL);
        attended(pupil, year.y(), Term.AUTUMN, SCHOOL);
        attended(pupil, year.y() - 1, Term.SUMMER, SCHOOL);
        assertEquals(Set.of("OTHER_SCHOOL"), pupilsCalendar(pupil, year), "the latest term, not the last reported");

        UniquePupilNumber moved = aPupil();
        attended(moved, year.y() - 1, Term.SUMMER, OTHER_SCHOOL);
        attended(moved, year.y(), Term.AUTUMN, SCHOOL);
        assertEquals(Set.of("SCHOOL"), pupilsCalendar(moved, year), "the latest year first");
    }

    @Test
    public void a_setting_without_dates_of_its_own_and_a_pupil_with_none_reported_or_no_upn_follow_the_authoritys() {
        Year year = aYearHeld();
        UniquePupilNumber atPlainSchool = aPupil();
        attended(atPlainSchool, year.y(), Term.AUTUMN, PLAIN_SCHOOL);
        assertEquals(Set.of("AUTHORITY"), pupilsCalendar(atPlainSchool, year));
        assertEquals(Set.of("AUTHORITY"), pupilsCalendar(aPupil(), year), "no attendance reported");
        assertEquals(Set.of("AUTHORITY"), pupilsCalendar(null, year), "no UPN");
    }

    @Test
    public void a_year_with_no_dates_held_at_all_is_approximated_and_one_held_is_not() {
        Year year = aYearHeld();
        int unheld = YEARS.getAndIncrement();
        SchoolCalendar calendar = inUnitOfWork(() -> calendars().ofPupil(null));
        assertFalse(inUnitOfWork(() -> calendar.approximated(new AcademicYear(year.y()))));
        assertTrue(inUnitOfWork(() -> calendar.approximated(new AcademicYear(unheld))));
        // Approximated: a weekday in its first week of October is a school day (ADR 0046).
        LocalDate monday = LocalDate.of(unheld, 10, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        assertTrue(inUnitOfWork(() -> calendar.isSchoolDay(monday)));
    }

    @Test
    public void the_calendars_of_several_settings_read_together_are_each_that_settings() {
        Year year = aYearHeld();
        Set<Integer> settings = new HashSet<>(java.util.Arrays.asList(SCHOOL, OTHER_SCHOOL, PLAIN_SCHOOL, null));
        List<Set<String>> closed = inUnitOfWork(() -> {
            Function<Integer, SchoolCalendar> of = calendars().ofSettings(settings);
            return java.util.Arrays.asList(SCHOOL, OTHER_SCHOOL, PLAIN_SCHOOL, null).stream()
                    .map(urn -> closedOn(of.apply(urn), year)).toList();
        });
        assertEquals(List.of(Set.of("SCHOOL"), Set.of("OTHER_SCHOOL"), Set.of("AUTHORITY"), Set.of("AUTHORITY")),
                closed);
    }
}
