package org.cypf.educationskills.settings.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.settings.domain.SchoolHoliday;
import org.cypf.educationskills.settings.domain.SchoolTerm;
import org.cypf.educationskills.settings.domain.TermDates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store of term dates must do (ADR 0049, ADR 0097): CYPF's jOOQ adapter passes it on PostgreSQL, the
 * in-memory adapter passes it, and an integrator's store of the same dates runs it too.
 *
 * <p>The promises: a school year's dates put are read back whole (terms and holidays) for exactly that setting and
 * year, the local authority's (no URN) apart from any setting's; putting a year again replaces its terms and holidays
 * (a holiday left out is gone) and putting it twice keeps one, while another year is kept beside it; a setting follows
 * its own dates, else the local authority's, and nothing where neither is held; what a unit of work put is gone when
 * it rolls back, the dates held before it kept. Each test works on school years of its own, so tests sharing a
 * store never meet on the local authority's dates.
 */
public abstract class TermDatesHeldContract {
    private static final AtomicInteger YEARS = new AtomicInteger(2040);
    private static final int SCHOOL = 950_001;
    private static final int OTHER_SCHOOL = 950_002;

    protected abstract TermDatesHeld termDates();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /**
     * Makes a setting of this URN known where the store needs it (a setting's dates are of a setting education
     * holds); called before each test, so registering a setting already held must change nothing.
     */
    protected void registerSetting(int urn) {}

    @BeforeEach
    public final void settingsHeld() {
        registerSetting(SCHOOL);
        registerSetting(OTHER_SCHOOL);
    }

    private void put(TermDates dates) {
        inUnitOfWork(() -> {
            termDates().put(dates);
            return null;
        });
    }

    private Optional<TermDates> of(Integer urn, AcademicYear year) {
        return inUnitOfWork(() -> termDates().of(urn, year));
    }

    /** Three terms of the year from {@code y} September, with these holidays. */
    static TermDates dates(Integer urn, int y, SchoolHoliday... holidays) {
        return new TermDates(urn, new AcademicYear(y), List.of(
                new SchoolTerm(Term.AUTUMN, LocalDate.of(y, 9, 3), LocalDate.of(y, 12, 19)),
                new SchoolTerm(Term.SPRING, LocalDate.of(y + 1, 1, 6), LocalDate.of(y + 1, 3, 27)),
                new SchoolTerm(Term.SUMMER, LocalDate.of(y + 1, 4, 14), LocalDate.of(y + 1, 7, 22))),
                List.of(holidays));
    }

    private static SchoolHoliday halfTerm(int y) {
        return new SchoolHoliday("Autumn half term", LocalDate.of(y, 10, 27), LocalDate.of(y, 10, 31));
    }

    private static SchoolHoliday trainingDay(int y) {
        return new SchoolHoliday("Training day", LocalDate.of(y + 1, 1, 6), LocalDate.of(y + 1, 1, 6));
    }

    @Test
    public void a_years_dates_put_are_read_back_whole_for_exactly_that_setting_and_year() {
        int y = YEARS.getAndAdd(2);
        TermDates own = dates(SCHOOL, y, trainingDay(y), halfTerm(y));
        TermDates authority = dates(null, y, halfTerm(y));
        put(own);
        put(authority);

        assertEquals(Optional.of(own), of(SCHOOL, new AcademicYear(y)));
        assertEquals(Optional.of(authority), of(null, new AcademicYear(y)));
        assertEquals(Optional.empty(), of(OTHER_SCHOOL, new AcademicYear(y)), "another setting holds none");
        assertEquals(Optional.empty(), of(SCHOOL, new AcademicYear(y + 1)), "nor does another year");
    }

    @Test
    public void putting_a_year_again_replaces_it_twice_keeps_one_and_another_year_is_kept_beside_it() {
        int y = YEARS.getAndAdd(2);
        put(dates(SCHOOL, y, halfTerm(y), trainingDay(y)));
        TermDates corrected = dates(SCHOOL, y, new SchoolHoliday("Autumn half term", LocalDate.of(y, 10, 20),
                LocalDate.of(y, 10, 24)));
        put(corrected);
        put(corrected);
        TermDates next = dates(SCHOOL, y + 1, halfTerm(y + 1));
        put(next);

        assertEquals(Optional.of(corrected), of(SCHOOL, new AcademicYear(y)), "the training day left out is gone");
        assertEquals(Optional.of(next), of(SCHOOL, new AcademicYear(y + 1)));
    }

    @Test
    public void a_setting_follows_its_own_dates_else_the_local_authoritys_and_nothing_where_neither_is_held() {
        int y = YEARS.getAndAdd(2);
        TermDates own = dates(SCHOOL, y, trainingDay(y));
        TermDates authority = dates(null, y, halfTerm(y));
        put(own);
        put(authority);

        AcademicYear year = new AcademicYear(y);
        assertEquals(Optional.of(own), inUnitOfWork(() -> termDates().followedBy(SCHOOL, year)));
        assertEquals(Optional.of(authority), inUnitOfWork(() -> termDates().followedBy(OTHER_SCHOOL, year)));
        assertEquals(Optional.of(authority), inUnitOfWork(() -> termDates().followedBy(null, year)));
        assertEquals(Optional.empty(), inUnitOfWork(() -> termDates().followedBy(OTHER_SCHOOL, new AcademicYear(y + 1))));
    }

    @Test
    public void what_a_unit_of_work_put_is_gone_when_it_rolls_back_and_the_dates_held_before_kept() {
        int y = YEARS.getAndAdd(2);
        TermDates held = dates(SCHOOL, y, halfTerm(y));
        put(held);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            termDates().put(dates(SCHOOL, y, trainingDay(y)));
            termDates().put(dates(null, y));
            throw new IllegalStateException("the import failed after putting the dates");
        }));
        assertEquals(Optional.of(held), of(SCHOOL, new AcademicYear(y)));
        assertEquals(Optional.empty(), of(null, new AcademicYear(y)));
    }
}
