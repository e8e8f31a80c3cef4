package org.cypf.educationskills.settings.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.settings.domain.SchoolHoliday;
import org.cypf.educationskills.settings.domain.SchoolTerm;
import org.cypf.educationskills.settings.domain.TermDates;
import org.cypf.educationskills.virtualschool.domain.PersonalEducationPlan;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * What every counter of deadlines in school days must do when term dates change (ADR 0087, ADR 0097): the virtual
 * school's {@code PepDueDates} passes it over the jOOQ roll and term dates on PostgreSQL, and over the in-memory ones.
 *
 * <p>The promises, on hand-checked dates: a child on the roll whose PEP is due 20 school days after entering care
 * has that day counted again by the term dates of the setting they were last reported at, a half term added moving
 * it a week later; a child with a PEP held has it due at the end of the term after the one it was held in; a child at
 * another setting, or one who left care, is not counted; the local authority's dates count those at settings without
 * their own, when the change was the authority's; counting again with nothing changed moves nothing; and the
 * answer is how many moved. Each test works on a school year and settings of its own.
 */
public abstract class SchoolDayDeadlinesContract {
    private static final AtomicInteger SERIALS = new AtomicInteger();
    private static final AtomicInteger SETTINGS = new AtomicInteger(990_000);
    private static final AtomicInteger YEARS = new AtomicInteger(2070);
    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.england();

    protected abstract SchoolDayDeadlines deadlines();

    protected abstract VirtualSchoolRoll roll();

    protected abstract TermDatesHeld termDates();

    protected abstract AttendanceRecords attendance();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Makes the pupil known where the store needs it known first; called once a pupil. */
    protected void registerPupil(UniquePupilNumber upn) {}

    /** Makes a setting known where the store needs it; called once a setting. */
    protected void registerSetting(int urn) {}

    private int aSetting() {
        int urn = SETTINGS.incrementAndGet();
        registerSetting(urn);
        return urn;
    }

    /** A child on the roll, entered care on {@code entered}, last reported at {@code urn} (none: null). */
    private VirtualSchoolRegistration onRoll(LocalDate entered, Integer urn) {
        UniquePupilNumber upn = UniquePupilNumber.withCheckLetter(
                String.format("2020000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000));
        registerPupil(upn);
        VirtualSchoolRegistration r = VirtualSchoolRegistration.register(ChildId.newId(), upn, LocalDate.of(2012, 5, 1),
                entered, ENGLAND);
        inUnitOfWork(() -> {
            roll().add(r);
            if (urn != null) {
                attendance().put(List.of(new TermAttendance(upn, AcademicYear.containing(entered), Term.AUTUMN, urn,
                        100, 2)));
            }
            return null;
        });
        return r;
    }

    private LocalDate dueOf(VirtualSchoolRegistration r) {
        return inUnitOfWork(() -> roll().registrationsOf(r.childId(), 0, 1)).getFirst().pepDueBy();
    }

    private int changed(Set<Integer> settings, boolean localAuthority, TermDates... put) {
        return inUnitOfWork(() -> {
            for (TermDates d : put) {
                termDates().put(d);
            }
            return deadlines().termDatesChanged(settings, localAuthority);
        });
    }

    /** Terms of the year from {@code y} September, the autumn half term the last full week of October. */
    private static TermDates dates(Integer urn, int y) {
        LocalDate halfTerm = LocalDate.of(y, 10, 31).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY)).minusWeeks(1);
        return new TermDates(urn, new AcademicYear(y), List.of(
                new SchoolTerm(Term.AUTUMN, LocalDate.of(y, 9, 3), LocalDate.of(y, 12, 19)),
                new SchoolTerm(Term.SPRING, LocalDate.of(y + 1, 1, 6), LocalDate.of(y + 1, 3, 27)),
                new SchoolTerm(Term.SUMMER, LocalDate.of(y + 1, 4, 14), LocalDate.of(y + 1, 7, 22))),
                List.of(new SchoolHoliday("Autumn half term", halfTerm, halfTerm.plusDays(4))));
    }

    /** Early October: 20 working days on cross the half term, so its week moves the day on by a week. */
    private static LocalDate enteredCare(int y) {
        return LocalDate.of(y, 10, 1).with(java.time.temporal.TemporalAdjusters.firstInMonth(java.time.DayOfWeek.MONDAY));
    }

    @Test
    public void a_settings_term_dates_count_its_childrens_peps_again_and_no_one_elses() {
        int y = YEARS.getAndIncrement();
        int school = aSetting();
        int otherSchool = aSetting();
        VirtualSchoolRegistration atSchool = onRoll(enteredCare(y), school);
        VirtualSchoolRegistration atOther = onRoll(enteredCare(y), otherSchool);
        LocalDate approximated = ENGLAND.addWorkingDays(enteredCare(y), 20);
        assertEquals(approximated, dueOf(atSchool));

        assertEquals(1, changed(Set.of(school), false, dates(school, y)));
        assertEquals(approximated.plusWeeks(1), dueOf(atSchool), "the half term's five school days added");
        assertEquals(approximated, dueOf(atOther));
        assertEquals(0, changed(Set.of(school), false), "nothing changed, nothing moved");
    }

    @Test
    public void a_child_with_a_pep_held_has_it_due_at_the_end_of_the_next_term() {
        int y = YEARS.getAndIncrement();
        int school = aSetting();
        VirtualSchoolRegistration r = onRoll(enteredCare(y), school);
        PersonalEducationPlan pep = new PersonalEducationPlan(UUID.randomUUID(), r.id(), r.childId(),
                enteredCare(y).plusDays(7), r.pepDueBy(), r.pepDueBy(), List.of("Phonics"), null);
        inUnitOfWork(() -> {
            roll().addPep(pep);
            return null;
        });
        assertEquals(1, changed(Set.of(school), false, dates(school, y)));
        assertEquals(LocalDate.of(y + 1, 3, 27), dueOf(r), "held in the autumn term: due by the spring term's end");
    }

    @Test
    public void the_authoritys_dates_count_the_children_at_settings_without_their_own_and_those_reported_nowhere() {
        int y = YEARS.getAndIncrement();
        int withOwn = aSetting();
        int plain = aSetting();
        VirtualSchoolRegistration atOwn = onRoll(enteredCare(y), withOwn);
        VirtualSchoolRegistration atPlain = onRoll(enteredCare(y), plain);
        VirtualSchoolRegistration reportedNowhere = onRoll(enteredCare(y), null);
        VirtualSchoolRegistration left = onRoll(enteredCare(y), plain);
        inUnitOfWork(() -> {
            roll().update(left.leftCare(enteredCare(y).plusDays(3)));
            return null;
        });
        LocalDate approximated = ENGLAND.addWorkingDays(enteredCare(y), 20);
        assertEquals(1, changed(Set.of(withOwn), false, dates(withOwn, y)));

        assertEquals(approximated, dueOf(atPlain), "its setting follows the authority's, which holds none yet");
        assertEquals(0, changed(Set.of(), false), "no setting and not the authority's: nothing counted");
        assertEquals(2, changed(Set.of(), true, dates(null, y)), "the two following the authority's; the one at a"
                + " setting with its own counted again to the same day");
        assertEquals(List.of(approximated.plusWeeks(1), approximated.plusWeeks(1), approximated.plusWeeks(1),
                approximated), List.of(dueOf(atOwn), dueOf(atPlain), dueOf(reportedNowhere), dueOf(left)));
    }
}
