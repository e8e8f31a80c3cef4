package org.cypf.educationskills.virtualschool.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.attendance.domain.AcademicYear;
import org.cypf.educationskills.attendance.domain.Term;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.virtualschool.domain.ChildInCareExclusion;
import org.cypf.educationskills.virtualschool.domain.PersonalEducationPlan;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll.OpenPep;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll.PepDue;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every store of the virtual school's roll must do (ADR 0097): CYPF's jOOQ adapter passes it on PostgreSQL, the
 * in-memory adapter passes it, and an integrator's store of the same roll runs it too.
 *
 * <p>The promises: a registration added is the child's on the roll until they leave, and a second open one of the
 * child is refused with {@link Conflict}; a change is stored from the version it was read at, the version moving on,
 * one from a stale version refused with {@link StaleVersion} storing nothing; a child's registrations are read oldest
 * first, their exclusions latest first and their PEPs oldest first, a page at a time with their counts; the roll now
 * within a scope is read earliest PEP due first, those who left and those outside the scope left out; the child of a
 * UPN in care on a day (both ends of the time in care included) is found; an exclusion is added once however often
 * delivered; the latest PEP of a time in care, and the PEPs held between two days and how many on time, are counted;
 * the PEPs due by a day within a scope are read earliest first with the latest PEP held, counted, and counted per
 * team with those overdue; the open PEPs of the children following given settings' calendars, or all of them, are
 * read with their setting; due dates moved are stored with the latest PEP's next review, and a move from a stale
 * version refused with {@link Conflict}; what a unit of work added is gone when it rolls back; two changes at once
 * from one version store one. Each test works on children of its own, and reads the whole roll through a scope of
 * them, or counts PEPs in a year of its own.
 */
public abstract class VirtualSchoolRollContract {
    private static final AtomicInteger SERIALS = new AtomicInteger();
    private static final AtomicInteger YEARS = new AtomicInteger(2030);
    private static final AtomicInteger SETTINGS = new AtomicInteger(980_000);

    protected abstract VirtualSchoolRoll roll();

    /** Where the attendance a child's setting is read from (for the open PEPs) is put. */
    protected abstract AttendanceRecords attendance();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Makes the pupil known where the store needs it known first; called once a pupil. */
    protected void registerPupil(UniquePupilNumber upn) {}

    /** Makes a setting known where the store needs it; called once a setting. */
    protected void registerSetting(int urn) {}

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private UniquePupilNumber aUpn() {
        UniquePupilNumber upn = UniquePupilNumber.withCheckLetter(
                String.format("2030000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000));
        registerPupil(upn);
        return upn;
    }

    private static VirtualSchoolRegistration registration(ChildId child, UniquePupilNumber upn, LocalDate entered,
                                                          LocalDate pepDue, LocalDate left) {
        return new VirtualSchoolRegistration(UUID.randomUUID(), child, upn, LocalDate.of(2012, 5, 1), entered, pepDue,
                left, 0);
    }

    private VirtualSchoolRegistration added(ChildId child, LocalDate entered, LocalDate pepDue, LocalDate left) {
        VirtualSchoolRegistration r = registration(child, aUpn(), entered, pepDue, left);
        inUnitOfWork(() -> roll().add(r));
        return r;
    }

    private VirtualSchoolRegistration onRoll(LocalDate pepDue) {
        return added(ChildId.newId(), pepDue.minusDays(28), pepDue, null);
    }

    private PersonalEducationPlan pep(VirtualSchoolRegistration r, LocalDate heldOn, LocalDate dueBy) {
        PersonalEducationPlan pep = new PersonalEducationPlan(UUID.randomUUID(), r.id(), r.childId(), heldOn, dueBy,
                heldOn.plusMonths(4), List.of("Reading age to 9"), new BigDecimal("250.00"));
        inUnitOfWork(() -> roll().addPep(pep));
        return pep;
    }

    private static List<UUID> ids(List<VirtualSchoolRegistration> registrations) {
        return registrations.stream().map(VirtualSchoolRegistration::id).toList();
    }

    @Test
    public void a_registration_is_the_childs_on_the_roll_until_they_leave_and_a_second_open_one_is_refused() {
        ChildId child = ChildId.newId();
        VirtualSchoolRegistration first = added(child, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 7), null);
        assertEquals(Optional.of(first), inUnitOfWork(() -> roll().onRoll(child)));
        VirtualSchoolRegistration twice = registration(child, first.upn(), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 29), null);
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> roll().add(twice)));

        inUnitOfWork(() -> roll().update(first.leftCare(LocalDate.of(2024, 6, 30))));
        assertEquals(Optional.empty(), inUnitOfWork(() -> roll().onRoll(child)));
        VirtualSchoolRegistration again = registration(child, first.upn(), LocalDate.of(2024, 9, 2),
                LocalDate.of(2024, 9, 30), null);
        inUnitOfWork(() -> roll().add(again));
        assertEquals(Optional.of(again), inUnitOfWork(() -> roll().onRoll(child)));

        assertEquals(List.of(first.id(), again.id()), ids(inUnitOfWork(() -> roll().registrationsOf(child, 0, 10))));
        assertEquals(List.of(again.id()), ids(inUnitOfWork(() -> roll().registrationsOf(child, 1, 1))));
        assertEquals(2L, (long) inUnitOfWork(() -> roll().countRegistrationsOf(child)));
        assertEquals(0L, (long) inUnitOfWork(() -> roll().countRegistrationsOf(ChildId.newId())));
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        VirtualSchoolRegistration r = onRoll(LocalDate.of(2024, 2, 7));
        VirtualSchoolRegistration moved = new VirtualSchoolRegistration(r.id(), r.childId(), r.upn(), r.dateOfBirth(),
                r.enteredCareOn(), LocalDate.of(2024, 2, 9), null, r.version());
        inUnitOfWork(() -> roll().update(moved));
        VirtualSchoolRegistration read = inUnitOfWork(() -> roll().onRoll(r.childId())).orElseThrow();
        assertEquals(List.of(LocalDate.of(2024, 2, 9), r.version() + 1), List.of(read.pepDueBy(), read.version()));

        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> roll().update(r.leftCare(LocalDate.of(2024, 3, 1)))));
        assertEquals(Optional.of(read), inUnitOfWork(() -> roll().onRoll(r.childId())));
    }

    @Test
    public void the_roll_now_within_a_scope_is_read_earliest_pep_due_first_a_page_at_a_time_with_its_count() {
        VirtualSchoolRegistration late = onRoll(LocalDate.of(2024, 5, 1));
        VirtualSchoolRegistration early = onRoll(LocalDate.of(2024, 3, 1));
        VirtualSchoolRegistration middle = onRoll(LocalDate.of(2024, 4, 1));
        VirtualSchoolRegistration outside = onRoll(LocalDate.of(2024, 2, 1));
        VirtualSchoolRegistration left = added(ChildId.newId(), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 30),
                LocalDate.of(2024, 2, 2));
        ListScope scope = ListScope.only(List.of(late.childId(), early.childId(), middle.childId(), left.childId()));

        assertEquals(List.of(early.id(), middle.id()), ids(inUnitOfWork(() -> roll().currentRoll(scope, 0, 2))));
        assertEquals(List.of(late.id()), ids(inUnitOfWork(() -> roll().currentRoll(scope, 2, 2))));
        assertEquals(3L, (long) inUnitOfWork(() -> roll().countCurrentRoll(scope)));
        List<UUID> whole = ids(inUnitOfWork(() -> roll().currentRoll(ListScope.everyChild(), 0, 100_000)));
        assertTrue(whole.containsAll(List.of(early.id(), outside.id())) && !whole.contains(left.id()));
    }

    @Test
    public void the_child_of_a_upn_in_care_on_a_day_is_found_both_ends_of_the_time_in_care_included() {
        ChildId child = ChildId.newId();
        UniquePupilNumber upn = aUpn();
        VirtualSchoolRegistration before = registration(child, upn, LocalDate.of(2023, 1, 9), LocalDate.of(2023, 2, 6),
                LocalDate.of(2023, 6, 30));
        VirtualSchoolRegistration now = registration(child, upn, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 7),
                null);
        inUnitOfWork(() -> {
            roll().add(before);
            roll().add(now);
        });
        assertEquals(Optional.of(before), inUnitOfWork(() -> roll().inCareOn(upn, LocalDate.of(2023, 1, 9))));
        assertEquals(Optional.of(before), inUnitOfWork(() -> roll().inCareOn(upn, LocalDate.of(2023, 6, 30))));
        assertEquals(Optional.empty(), inUnitOfWork(() -> roll().inCareOn(upn, LocalDate.of(2023, 7, 1))));
        assertEquals(Optional.of(now), inUnitOfWork(() -> roll().inCareOn(upn, LocalDate.of(2025, 3, 3))));
        assertEquals(Optional.empty(), inUnitOfWork(() -> roll().inCareOn(aUpn(), LocalDate.of(2025, 3, 3))));
    }

    @Test
    public void an_exclusion_is_added_once_however_often_delivered_and_a_childs_are_read_latest_first() {
        VirtualSchoolRegistration r = onRoll(LocalDate.of(2024, 2, 7));
        List<ChildInCareExclusion> held = new ArrayList<>();
        for (int month = 2; month <= 4; month++) {
            ChildInCareExclusion e = ChildInCareExclusion.of(r, UUID.randomUUID(), 100_001, "SUSPENSION", "PA",
                    LocalDate.of(2024, month, 5), 2);
            assertTrue(inUnitOfWork(() -> roll().addExclusion(e)));
            held.add(e);
        }
        assertFalse(inUnitOfWork(() -> roll().addExclusion(held.getFirst())), "delivered again: already there");
        assertEquals(List.of(held.get(2), held.get(1)), inUnitOfWork(() -> roll().exclusionsOf(r.childId(), 0, 2)));
        assertEquals(List.of(held.get(0)), inUnitOfWork(() -> roll().exclusionsOf(r.childId(), 2, 2)));
        assertEquals(3L, (long) inUnitOfWork(() -> roll().countExclusionsOf(r.childId())));
    }

    @Test
    public void a_childs_peps_are_read_oldest_first_the_latest_of_a_time_in_care_known_and_those_held_counted() {
        int y = YEARS.getAndIncrement();
        VirtualSchoolRegistration r = onRoll(LocalDate.of(y, 2, 7));
        PersonalEducationPlan late = pep(r, LocalDate.of(y, 2, 10), LocalDate.of(y, 2, 7));
        PersonalEducationPlan onTime = pep(r, LocalDate.of(y, 6, 1), LocalDate.of(y, 7, 20));
        PersonalEducationPlan first = pep(r, LocalDate.of(y, 1, 20), LocalDate.of(y, 2, 7));
        PersonalEducationPlan otherYear = pep(onRoll(LocalDate.of(y + 1, 1, 5)), LocalDate.of(y + 1, 1, 5),
                LocalDate.of(y + 1, 1, 5));

        assertEquals(List.of(first, late), inUnitOfWork(() -> roll().pepsOf(r.childId(), 0, 2)));
        assertEquals(List.of(onTime), inUnitOfWork(() -> roll().pepsOf(r.childId(), 2, 2)));
        assertEquals(3L, (long) inUnitOfWork(() -> roll().countPepsOf(r.childId())));
        assertEquals(Optional.of(LocalDate.of(y, 6, 1)), inUnitOfWork(() -> roll().latestPepHeldOn(r.id())));
        assertEquals(Optional.empty(), inUnitOfWork(() -> roll().latestPepHeldOn(UUID.randomUUID())));
        assertArrayEquals(new long[] {3, 2}, inUnitOfWork(() -> roll().pepsHeld(LocalDate.of(y, 1, 20),
                LocalDate.of(y, 6, 1))), "held from one day to another, both included, and how many on time");
        assertArrayEquals(new long[] {1, 1}, inUnitOfWork(() -> roll().pepsHeld(otherYear.heldOn(),
                otherYear.heldOn())));
    }

    @Test
    public void the_peps_due_by_a_day_within_a_scope_are_read_earliest_first_counted_and_counted_per_team() {
        LocalDate today = LocalDate.of(2024, 3, 1);
        VirtualSchoolRegistration overdue = onRoll(LocalDate.of(2024, 2, 20));
        VirtualSchoolRegistration dueToday = onRoll(today);
        VirtualSchoolRegistration dueLater = onRoll(LocalDate.of(2024, 3, 15));
        VirtualSchoolRegistration notYet = onRoll(LocalDate.of(2024, 4, 30));
        PersonalEducationPlan held = pep(dueToday, LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 1));
        ListScope scope = ListScope.only(List.of(overdue.childId(), dueToday.childId(), dueLater.childId(),
                notYet.childId()));
        LocalDate by = LocalDate.of(2024, 3, 31);

        assertEquals(List.of(new PepDue(overdue, null), new PepDue(dueToday, held.heldOn())),
                inUnitOfWork(() -> roll().pepsDue(scope, by, 0, 2)));
        assertEquals(List.of(new PepDue(dueLater, null)), inUnitOfWork(() -> roll().pepsDue(scope, by, 2, 2)));
        assertEquals(3L, (long) inUnitOfWork(() -> roll().countPepsDue(scope, by)));

        ChildTeams teams = new ChildTeams(Map.of(overdue.childId().value(), "North", dueToday.childId().value(),
                "North"));
        assertEquals(List.of(new TeamCount("North", 2, 1), new TeamCount(null, 1, 0)),
                inUnitOfWork(() -> roll().countPepsDueByTeam(scope, by, teams, today)));
    }

    @Test
    public void the_open_peps_of_the_children_following_given_settings_or_all_are_read_with_their_setting() {
        int school = SETTINGS.incrementAndGet();
        int otherSchool = SETTINGS.incrementAndGet();
        registerSetting(school);
        registerSetting(otherSchool);
        VirtualSchoolRegistration atSchool = onRoll(LocalDate.of(2024, 2, 7));
        VirtualSchoolRegistration moved = onRoll(LocalDate.of(2024, 2, 8));
        VirtualSchoolRegistration reportedNowhere = onRoll(LocalDate.of(2024, 2, 9));
        attended(atSchool.upn(), 2023, Term.SPRING, school);
        attended(moved.upn(), 2023, Term.AUTUMN, school);
        attended(moved.upn(), 2023, Term.SUMMER, otherSchool);
        PersonalEducationPlan held = pep(atSchool, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 7));

        assertEquals(List.of(new OpenPep(atSchool, school, held.heldOn())),
                inUnitOfWork(() -> roll().openPeps(Set.of(school), false)));
        List<OpenPep> all = inUnitOfWork(() -> roll().openPeps(Set.of(), true));
        assertTrue(all.containsAll(List.of(new OpenPep(atSchool, school, held.heldOn()),
                new OpenPep(moved, otherSchool, null), new OpenPep(reportedNowhere, null, null))), all.toString());
    }

    private void attended(UniquePupilNumber upn, int year, Term term, int urn) {
        inUnitOfWork(() -> attendance().put(List.of(new TermAttendance(upn, new AcademicYear(year), term, urn, 100,
                3))));
    }

    @Test
    public void due_dates_moved_are_stored_with_the_latest_peps_next_review_and_a_stale_move_is_refused() {
        VirtualSchoolRegistration one = onRoll(LocalDate.of(2024, 2, 7));
        VirtualSchoolRegistration two = onRoll(LocalDate.of(2024, 2, 8));
        PersonalEducationPlan earlier = pep(one, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 7));
        PersonalEducationPlan latest = pep(one, LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 7));
        VirtualSchoolRegistration oneMoved = withDue(one, LocalDate.of(2024, 7, 19));
        VirtualSchoolRegistration twoMoved = withDue(two, LocalDate.of(2024, 3, 8));
        inUnitOfWork(() -> roll().moveDueDates(List.of(oneMoved, twoMoved)));

        VirtualSchoolRegistration oneRead = inUnitOfWork(() -> roll().onRoll(one.childId())).orElseThrow();
        assertEquals(List.of(LocalDate.of(2024, 7, 19), one.version() + 1), List.of(oneRead.pepDueBy(),
                oneRead.version()));
        assertEquals(LocalDate.of(2024, 3, 8), inUnitOfWork(() -> roll().onRoll(two.childId())).orElseThrow()
                .pepDueBy());
        List<PersonalEducationPlan> peps = inUnitOfWork(() -> roll().pepsOf(one.childId(), 0, 10));
        assertEquals(List.of(earlier.nextReviewBy(), LocalDate.of(2024, 7, 19)),
                peps.stream().map(PersonalEducationPlan::nextReviewBy).toList(), "the latest PEP's review only");
        assertEquals(latest.id(), peps.get(1).id());

        VirtualSchoolRegistration stale = withDue(one, LocalDate.of(2024, 9, 1)); // read before the move
        VirtualSchoolRegistration fresh = withDue(inUnitOfWork(() -> roll().onRoll(two.childId())).orElseThrow(),
                LocalDate.of(2024, 9, 2));
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> roll().moveDueDates(List.of(fresh, stale))));
        assertEquals(LocalDate.of(2024, 3, 8), inUnitOfWork(() -> roll().onRoll(two.childId())).orElseThrow()
                .pepDueBy(), "nothing moved");
    }

    private static VirtualSchoolRegistration withDue(VirtualSchoolRegistration r, LocalDate due) {
        return new VirtualSchoolRegistration(r.id(), r.childId(), r.upn(), r.dateOfBirth(), r.enteredCareOn(), due,
                r.leftCareOn(), r.version());
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        ChildId child = ChildId.newId();
        VirtualSchoolRegistration r = registration(child, aUpn(), LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 7),
                null);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            roll().add(r);
            throw new IllegalStateException("the use case failed after adding the registration");
        }));
        assertEquals(Optional.empty(), inUnitOfWork(() -> roll().onRoll(child)));
        inUnitOfWork(() -> roll().add(r)); // nothing left open to refuse it
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        VirtualSchoolRegistration r = onRoll(LocalDate.of(2024, 2, 7));
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (LocalDate due : List.of(LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 12))) {
            VirtualSchoolRegistration after = withDue(r, due);
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> roll().update(after));
                    return true;
                } catch (StaleVersion e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(changes)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(r.version() + 1, inUnitOfWork(() -> roll().onRoll(r.childId())).orElseThrow().version());
    }
}
