package org.cypf.familysupport.programme.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.familysupport.programme.domain.ProgrammeEnrolment;
import org.cypf.familysupport.programme.domain.ProgrammeEnrolment.Programme;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every store of programme enrolments must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes
 * it on PostgreSQL; an integrator's store of the same enrolments runs it too.
 *
 * <p>The promises: an enrolment added is read back whole by its id, and an id that names none finds nothing; a second
 * enrolment under an id already held is refused with {@link Conflict} and the first kept, with its sessions; the
 * sessions recorded since a version are stored with the change, read back by day, and a change from a stale version
 * is refused with {@link StaleVersion} storing nothing; a list holds one programme's enrolments (or all) of the
 * children the scope gives, newest enrolled first, a page at a time with the total; the children attending a programme
 * between two days are counted once each, by free school meals when asked (known and equal), and those whose
 * eligibility is known; what a unit of work added is gone when it rolls back; two changes made at once from one
 * version store one and refuse the other. Each test works on children of its own, and counts a year of its own.
 */
public abstract class ProgrammeEnrolmentsContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract ProgrammeEnrolments enrolments();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static ProgrammeEnrolment unstored(ChildId child, Programme programme, LocalDate on, Boolean meals) {
        return ProgrammeEnrolment.enrol(UUID.randomUUID(), child, programme.name(), on,
                programme == Programme.PARENTING_PROGRAMME ? "parent" : null, null, meals, TODAY).after();
    }

    private ProgrammeEnrolment enrolled(ChildId child, Programme programme, LocalDate on, Boolean meals) {
        ProgrammeEnrolment enrolment = unstored(child, programme, on, meals);
        inUnitOfWork(() -> enrolments().add(enrolment));
        return enrolment;
    }

    private ProgrammeEnrolment session(ProgrammeEnrolment before, LocalDate on, boolean attended) {
        ProgrammeEnrolment after = before.recordSession(on, attended, TODAY).after();
        inUnitOfWork(() -> enrolments().update(after, before.version()));
        return after;
    }

    private Optional<ProgrammeEnrolment> find(UUID id) {
        return inUnitOfWork(() -> enrolments().find(id));
    }

    private static List<UUID> ids(Page<ProgrammeEnrolment> page) {
        return page.items().stream().map(ProgrammeEnrolment::id).toList();
    }

    @Test
    public void an_enrolment_added_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        ChildId child = ChildId.newId();
        ProgrammeEnrolment enrolment = enrolled(child, Programme.PARENTING_PROGRAMME, LocalDate.of(2025, 3, 3), true);
        ProgrammeEnrolment read = find(enrolment.id()).orElseThrow();
        assertEquals(List.of(child, Programme.PARENTING_PROGRAMME, LocalDate.of(2025, 3, 3), "parent", true, 0L,
                        List.of()),
                List.of(read.childId(), read.programme(), read.enrolledOn(), read.participant(),
                        read.freeSchoolMeals(), read.version(), read.sessions()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void a_second_enrolment_under_an_id_already_held_is_refused_and_the_first_kept() {
        ChildId child = ChildId.newId();
        ProgrammeEnrolment first = session(enrolled(child, Programme.FAMILY_MATTERS, LocalDate.of(2025, 3, 3), null),
                LocalDate.of(2025, 3, 10), true);
        ProgrammeEnrolment again = ProgrammeEnrolment.enrol(first.id(), ChildId.newId(),
                Programme.HOLIDAY_ACTIVITIES_AND_FOOD.name(), LocalDate.of(2025, 7, 21), null, null, true, TODAY)
                .after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> enrolments().add(again)));
        ProgrammeEnrolment kept = find(first.id()).orElseThrow();
        assertEquals(List.of(child, Programme.FAMILY_MATTERS, first.version(), first.sessions()),
                List.of(kept.childId(), kept.programme(), kept.version(), kept.sessions()));
    }

    @Test
    public void sessions_are_stored_with_a_change_from_its_version_and_one_from_a_stale_version_stores_nothing() {
        ProgrammeEnrolment enrolment = enrolled(ChildId.newId(), Programme.FAMILY_MATTERS, LocalDate.of(2025, 3, 3),
                null);
        ProgrammeEnrolment once = session(enrolment, LocalDate.of(2025, 3, 10), true);
        ProgrammeEnrolment twice = session(once, LocalDate.of(2025, 3, 5), false);
        ProgrammeEnrolment read = find(enrolment.id()).orElseThrow();
        assertEquals(List.of(new ProgrammeEnrolment.Session(LocalDate.of(2025, 3, 5), false),
                new ProgrammeEnrolment.Session(LocalDate.of(2025, 3, 10), true)), read.sessions());
        assertEquals(twice.version(), read.version());

        ProgrammeEnrolment stale = once.recordSession(LocalDate.of(2025, 3, 17), true, TODAY).after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> enrolments().update(stale, once.version())));
        assertEquals(2, find(enrolment.id()).orElseThrow().sessions().size(), "the stale change stored no session");
    }

    @Test
    public void a_list_holds_a_programmes_enrolments_of_the_scopes_children_newest_first_a_page_at_a_time() {
        ChildId one = ChildId.newId();
        ChildId two = ChildId.newId();
        ChildId unseen = ChildId.newId();
        ProgrammeEnrolment oldest = enrolled(one, Programme.FAMILY_MATTERS, LocalDate.of(2025, 1, 6), null);
        ProgrammeEnrolment newest = enrolled(two, Programme.FAMILY_MATTERS, LocalDate.of(2025, 5, 6), null);
        ProgrammeEnrolment middle = enrolled(one, Programme.FAMILY_MATTERS, LocalDate.of(2025, 3, 6), null);
        ProgrammeEnrolment parenting = enrolled(two, Programme.PARENTING_PROGRAMME, LocalDate.of(2025, 4, 6), null);
        enrolled(unseen, Programme.FAMILY_MATTERS, LocalDate.of(2025, 4, 1), null);
        ListScope mine = ListScope.only(List.of(one, two));

        Page<ProgrammeEnrolment> all = inUnitOfWork(() -> enrolments().page(Programme.FAMILY_MATTERS, mine,
                new Slice(1, 10)));
        assertEquals(List.of(newest.id(), middle.id(), oldest.id()), ids(all));
        assertEquals(3, all.total());
        Page<ProgrammeEnrolment> second = inUnitOfWork(() -> enrolments().page(Programme.FAMILY_MATTERS, mine,
                new Slice(2, 2)));
        assertEquals(List.of(oldest.id()), ids(second));
        assertEquals(3, second.total(), "the total counts the whole selection, whatever the page");
        assertEquals(List.of(newest.id(), parenting.id(), middle.id(), oldest.id()),
                ids(inUnitOfWork(() -> enrolments().page(null, mine, new Slice(1, 10)))), "every programme");
    }

    @Test
    public void children_attending_between_two_days_are_counted_once_each_by_free_school_meals_when_asked() {
        Programme haf = Programme.HOLIDAY_ACTIVITIES_AND_FOOD;
        LocalDate from = LocalDate.of(2018, 7, 23);
        LocalDate to = LocalDate.of(2018, 8, 31);
        ChildId eligible = ChildId.newId();
        ProgrammeEnrolment e = enrolled(eligible, haf, from.minusDays(10), true);
        session(session(e, from, true), from.plusDays(1), true); // two sessions, one child
        ProgrammeEnrolment n = enrolled(ChildId.newId(), haf, from.minusDays(10), false);
        session(n, to, true);
        ProgrammeEnrolment unknown = enrolled(ChildId.newId(), haf, from.minusDays(10), null);
        session(unknown, from.plusDays(3), true);
        ProgrammeEnrolment absent = enrolled(ChildId.newId(), haf, from.minusDays(10), true);
        session(absent, from.plusDays(3), false); // not attended: not reached
        ProgrammeEnrolment before = enrolled(ChildId.newId(), haf, from.minusDays(10), true);
        session(before, from.minusDays(1), true); // before the days counted
        ProgrammeEnrolment other = enrolled(ChildId.newId(), Programme.FAMILY_MATTERS, from.minusDays(10), true);
        session(other, from.plusDays(2), true); // another programme

        assertEquals(3, inUnitOfWork(() -> enrolments().childrenAttending(haf, from, to, null)));
        assertEquals(1, inUnitOfWork(() -> enrolments().childrenAttending(haf, from, to, true)));
        assertEquals(1, inUnitOfWork(() -> enrolments().childrenAttending(haf, from, to, false)));
        assertEquals(2, inUnitOfWork(() -> enrolments().childrenAttendingWithEligibilityKnown(haf, from, to)));
        assertEquals(4, inUnitOfWork(() -> enrolments().childrenAttending(null, from, to, null)), "any programme");
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        ProgrammeEnrolment enrolment = unstored(ChildId.newId(), Programme.FAMILY_MATTERS, LocalDate.of(2025, 3, 3),
                null);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            enrolments().add(enrolment);
            throw new IllegalStateException("the use case failed after adding the enrolment");
        }));
        assertEquals(Optional.empty(), find(enrolment.id()));
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        ProgrammeEnrolment enrolment = enrolled(ChildId.newId(), Programme.FAMILY_MATTERS, LocalDate.of(2025, 3, 3),
                null);
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 11))) {
            ProgrammeEnrolment after = enrolment.recordSession(on, true, TODAY).after();
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> enrolments().update(after, enrolment.version()));
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
        ProgrammeEnrolment read = find(enrolment.id()).orElseThrow();
        assertEquals(List.of(enrolment.version() + 1, 1), List.of(read.version(), read.sessions().size()));
    }
}
