package org.cypf.socialcare.protection.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ConferenceOutcome;
import org.cypf.socialcare.protection.domain.Section47Outcome;
import org.junit.jupiter.api.Test;

/**
 * What every store of child protection enquiries must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter
 * passes it on PostgreSQL, {@code InMemoryChildProtectionEnquiries} for fast tests; an integrator's store of the same
 * enquiries runs it too.
 *
 * <p>The promises: an enquiry added is read back whole, its strategy discussions in the order held, by its id and by
 * its referral, and what names none finds nothing; a second enquiry on a referral is refused with {@link Conflict}
 * ({@link ChildProtectionEnquiries#ENQUIRY_ALREADY_OPEN}), leaving the first; a change is stored only from the version
 * it was made from, one from a stale version refused with {@link StaleVersion} and storing nothing; the enquiries
 * whose initial conference was held between two days, both included; what a unit of work added is gone when it rolls
 * back; two changes made at once from one version store one and refuse the other, and two enquiries opened at once on
 * one referral store one and refuse the other. Each test works on referrals of its own, and asks about days in a year
 * of its own.
 */
public abstract class ChildProtectionEnquiriesContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

    protected abstract ChildProtectionEnquiries enquiries();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Stores an open referral of a child the store knows, made on {@code on}, and gives it. */
    protected abstract Referral aReferral(LocalDate on);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static ChildProtectionEnquiry opened(Referral referral, LocalDate discussed) {
        return ChildProtectionEnquiry.open(UUID.randomUUID(), referral, discussed, TODAY).after();
    }

    private ChildProtectionEnquiry added(ChildProtectionEnquiry enquiry) {
        inUnitOfWork(() -> enquiries().add(enquiry));
        return enquiry;
    }

    /** An enquiry of {@code referral} whose initial conference was held on {@code held}. */
    private static ChildProtectionEnquiry conferenceHeld(Referral referral, LocalDate held) {
        return ChildProtectionEnquiry.rebuild(UUID.randomUUID(), referral.childId(), referral.id(),
                List.of(held.minusDays(20)), held.minusDays(18), Section47Outcome.INITIAL_CONFERENCE,
                held.minusDays(10), held, ConferenceOutcome.NO_PLAN, 0);
    }

    private Optional<ChildProtectionEnquiry> find(UUID id) {
        return inUnitOfWork(() -> enquiries().find(id));
    }

    private static List<Object> whole(ChildProtectionEnquiry e) {
        return Arrays.asList(e.id(), e.childId(), e.referralId(), e.strategyDiscussions(), e.section47StartDate(),
                e.section47Outcome(), e.section47OutcomeDate(), e.conferenceDueDate(), e.conferenceDate(),
                e.conferenceOutcome(), e.version());
    }

    @Test
    public void an_enquiry_added_is_read_back_whole_by_id_and_by_referral_and_what_names_none_finds_nothing() {
        Referral referral = aReferral(LocalDate.of(2025, 2, 3));
        ChildProtectionEnquiry enquiry = added(ChildProtectionEnquiry.rebuild(UUID.randomUUID(), referral.childId(),
                referral.id(), List.of(LocalDate.of(2025, 2, 4), LocalDate.of(2025, 2, 11)), LocalDate.of(2025, 2, 5),
                Section47Outcome.INITIAL_CONFERENCE, LocalDate.of(2025, 2, 20), LocalDate.of(2025, 2, 28),
                ConferenceOutcome.CHILD_PROTECTION_PLAN, 3));

        assertEquals(whole(enquiry), whole(find(enquiry.id()).orElseThrow()));
        assertEquals(whole(enquiry), whole(inUnitOfWork(() -> enquiries().forReferral(referral.id())).orElseThrow()));
        assertEquals(List.of(Optional.empty(), Optional.empty()), inUnitOfWork(() -> List.of(
                enquiries().find(UUID.randomUUID()), enquiries().forReferral(UUID.randomUUID()))));
    }

    @Test
    public void a_second_enquiry_on_a_referral_is_refused_leaving_the_first() {
        Referral referral = aReferral(LocalDate.of(2025, 3, 3));
        ChildProtectionEnquiry first = added(opened(referral, LocalDate.of(2025, 3, 4)));
        ChildProtectionEnquiry second = opened(referral, LocalDate.of(2025, 3, 5));
        Conflict refused = assertThrows(Conflict.class, () -> inUnitOfWork(() -> enquiries().add(second)));
        assertEquals(ChildProtectionEnquiries.ENQUIRY_ALREADY_OPEN, refused.getMessage());
        assertEquals(List.of(whole(first), Optional.empty()), List.of(
                whole(inUnitOfWork(() -> enquiries().forReferral(referral.id())).orElseThrow()), find(second.id())));
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        Referral referral = aReferral(LocalDate.of(2025, 3, 3));
        ChildProtectionEnquiry enquiry = added(opened(referral, LocalDate.of(2025, 3, 4)));
        ChildProtectionEnquiry discussedAgain = enquiry.withStrategyDiscussion(LocalDate.of(2025, 3, 10), TODAY).after();
        inUnitOfWork(() -> enquiries().update(discussedAgain, enquiry.version()));
        ChildProtectionEnquiry started = discussedAgain.startSection47(LocalDate.of(2025, 3, 11), TODAY).after();
        inUnitOfWork(() -> enquiries().update(started, discussedAgain.version()));
        assertEquals(whole(started), whole(find(enquiry.id()).orElseThrow()));

        ChildProtectionEnquiry stale = discussedAgain.startSection47(LocalDate.of(2025, 3, 12), TODAY).after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> enquiries().update(stale, discussedAgain.version())));
        assertEquals(whole(started), whole(find(enquiry.id()).orElseThrow()));
    }

    @Test
    public void the_enquiries_whose_conference_was_held_between_two_days_both_included() {
        // Every conference here is held around 2002: no other test's is held in it.
        List<UUID> held = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2001, 12, 31), LocalDate.of(2002, 1, 1), LocalDate.of(2002, 7, 1),
                LocalDate.of(2002, 12, 31), LocalDate.of(2003, 1, 1))) {
            held.add(added(conferenceHeld(aReferral(on.minusDays(30)), on)).id());
        }
        added(opened(aReferral(LocalDate.of(2002, 5, 1)), LocalDate.of(2002, 5, 2))); // no conference yet
        assertEquals(java.util.Set.copyOf(held.subList(1, 4)), java.util.Set.copyOf(inUnitOfWork(
                () -> enquiries().conferencesHeldBetween(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 12, 31)))
                .stream().map(ChildProtectionEnquiry::id).toList()));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        Referral referral = aReferral(LocalDate.of(2025, 3, 3));
        ChildProtectionEnquiry enquiry = opened(referral, LocalDate.of(2025, 3, 4));
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            enquiries().add(enquiry);
            throw new IllegalStateException("the use case failed after opening the enquiry");
        }));
        assertEquals(List.of(Optional.empty(), Optional.empty()), inUnitOfWork(() -> List.of(
                enquiries().find(enquiry.id()), enquiries().forReferral(referral.id()))));
        added(opened(referral, LocalDate.of(2025, 3, 5))); // nothing left to refuse it
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        ChildProtectionEnquiry enquiry = added(opened(aReferral(LocalDate.of(2025, 3, 3)), LocalDate.of(2025, 3, 4)));
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 6))) {
            ChildProtectionEnquiry after = enquiry.startSection47(on, TODAY).after();
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> enquiries().update(after, enquiry.version()));
                    return true;
                } catch (StaleVersion e) {
                    return false;
                }
            });
        }
        assertEquals(1, oneAtOnce(changes));
        assertEquals(enquiry.version() + 1, find(enquiry.id()).orElseThrow().version());
    }

    @Test
    public void two_enquiries_opened_at_once_on_one_referral_store_one_and_refuse_the_other() throws Exception {
        Referral referral = aReferral(LocalDate.of(2025, 3, 3));
        List<Callable<Boolean>> adds = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5))) {
            ChildProtectionEnquiry enquiry = opened(referral, on);
            adds.add(() -> {
                try {
                    inUnitOfWork(() -> enquiries().add(enquiry));
                    return true;
                } catch (Conflict e) {
                    return false;
                }
            });
        }
        assertEquals(1, oneAtOnce(adds));
        assertEquals(true, inUnitOfWork(() -> enquiries().forReferral(referral.id())).isPresent());
    }

    /** Runs the writes at once, two threads, and counts those stored. */
    private static long oneAtOnce(List<Callable<Boolean>> writes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(writes)) {
                stored.add(f.get());
            }
            return stored.stream().filter(b -> b).count();
        } finally {
            pool.shutdownNow();
        }
    }
}
