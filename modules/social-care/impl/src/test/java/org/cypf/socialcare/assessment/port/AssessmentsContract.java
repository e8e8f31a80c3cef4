package org.cypf.socialcare.assessment.port;

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
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.domain.AssessmentOutcome;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.junit.jupiter.api.Test;

/**
 * What every store of child and family assessments must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter
 * passes it on PostgreSQL; an integrator's store of the same assessments runs it too.
 *
 * <p>The promises: an assessment added is read back whole by its id, and an id that names none finds nothing; a
 * referral's assessments are read in the order they started, and those of several referrals in one reading; a second
 * assessment of a referral while one is in progress is refused with {@link Conflict}, and one started after the first
 * is completed is kept; a change is stored only from the version it was made from, one from a stale version refused
 * with {@link StaleVersion} and storing nothing; the assessments authorised between two days, both included; what a
 * unit of work added is gone when it rolls back; two changes made at once from one version store one and refuse the
 * other. Each test works on referrals of its own, and counts authorisations in a year of its own.
 */
public abstract class AssessmentsContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    private static final CinCensusCodes CODES = CinCensusCodes.standard();

    protected abstract Assessments assessments();

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

    private static Assessment started(Referral referral, LocalDate on) {
        return Assessment.start(UUID.randomUUID(), referral, on, false, TODAY).after();
    }

    private Assessment added(Referral referral, LocalDate on) {
        Assessment assessment = started(referral, on);
        inUnitOfWork(() -> assessments().add(assessment));
        return assessment;
    }

    private static Assessment completed(Assessment a, LocalDate on) {
        return a.complete(on, on.plusDays(2), List.of("3B"), "CHILD_IN_NEED_PLAN", TODAY, CODES).after();
    }

    private Assessment stored(Assessment before, Assessment after) {
        inUnitOfWork(() -> assessments().update(after, before.version()));
        return after;
    }

    private Optional<Assessment> find(UUID id) {
        return inUnitOfWork(() -> assessments().find(id));
    }

    private static List<UUID> ids(List<Assessment> assessments) {
        return assessments.stream().map(Assessment::id).toList();
    }

    @Test
    public void an_assessment_added_is_read_back_whole_and_an_unknown_id_finds_nothing() {
        Referral referral = aReferral(LocalDate.of(2025, 3, 3));
        Assessment assessment = added(referral, LocalDate.of(2025, 3, 4));
        Assessment read = find(assessment.id()).orElseThrow();
        assertEquals(List.of(referral.id(), referral.childId(), LocalDate.of(2025, 3, 4), assessment.dueDate(), 0L),
                List.of(read.referralId(), read.childId(), read.startDate(), read.dueDate(), read.version()));
        assertEquals(Optional.empty(), find(UUID.randomUUID()));
    }

    @Test
    public void a_referrals_assessments_are_read_in_the_order_they_started_and_several_referrals_in_one_reading() {
        Referral referral = aReferral(LocalDate.of(2025, 3, 3));
        Assessment first = added(referral, LocalDate.of(2025, 3, 4));
        stored(first, completed(first, LocalDate.of(2025, 4, 1)));
        Assessment second = added(referral, LocalDate.of(2025, 5, 6));
        Referral other = aReferral(LocalDate.of(2025, 3, 10));
        Assessment others = added(other, LocalDate.of(2025, 3, 11));

        assertEquals(List.of(first.id(), second.id()), ids(inUnitOfWork(() -> assessments().forReferral(referral.id()))));
        assertEquals(java.util.Set.of(first.id(), second.id(), others.id()), java.util.Set.copyOf(ids(inUnitOfWork(
                () -> assessments().forReferrals(List.of(referral.id(), other.id()))))));
        assertEquals(List.of(), inUnitOfWork(() -> assessments().forReferral(UUID.randomUUID())));
    }

    @Test
    public void a_second_assessment_of_a_referral_while_one_is_in_progress_is_refused() {
        Referral referral = aReferral(LocalDate.of(2025, 3, 3));
        Assessment first = added(referral, LocalDate.of(2025, 3, 4));
        Assessment second = started(referral, LocalDate.of(2025, 3, 5));
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> assessments().add(second)));
        assertEquals(List.of(first.id()), ids(inUnitOfWork(() -> assessments().forReferral(referral.id()))));
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        Referral referral = aReferral(LocalDate.of(2025, 3, 3));
        Assessment assessment = added(referral, LocalDate.of(2025, 3, 4));
        Assessment done = stored(assessment, completed(assessment, LocalDate.of(2025, 4, 1)));
        Assessment read = find(assessment.id()).orElseThrow();
        assertEquals(List.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 3), List.of("3B"),
                        AssessmentOutcome.CHILD_IN_NEED_PLAN, done.version()),
                List.of(read.completedDate(), read.authorisedDate(), read.factors(), read.outcome(), read.version()));

        Assessment stale = completed(assessment, LocalDate.of(2025, 4, 20));
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> assessments().update(stale, assessment.version())));
        assertEquals(LocalDate.of(2025, 4, 1), find(assessment.id()).orElseThrow().completedDate());
    }

    @Test
    public void the_assessments_authorised_between_two_days_both_included() {
        List<Assessment> authorised = new ArrayList<>();
        for (LocalDate completedOn : List.of(LocalDate.of(2019, 12, 29), LocalDate.of(2019, 12, 30),
                LocalDate.of(2020, 6, 1), LocalDate.of(2020, 12, 29), LocalDate.of(2020, 12, 30))) {
            Referral referral = aReferral(completedOn.minusDays(20));
            Assessment a = added(referral, completedOn.minusDays(19));
            authorised.add(stored(a, completed(a, completedOn))); // authorised two days after completion
        }
        List<UUID> in2020 = ids(inUnitOfWork(() -> assessments().authorisedBetween(LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31))));
        assertEquals(List.of(authorised.get(1).id(), authorised.get(2).id(), authorised.get(3).id()), in2020);
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        Referral referral = aReferral(LocalDate.of(2025, 3, 3));
        Assessment assessment = started(referral, LocalDate.of(2025, 3, 4));
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            assessments().add(assessment);
            throw new IllegalStateException("the use case failed after adding the assessment");
        }));
        assertEquals(Optional.empty(), find(assessment.id()));
        added(referral, LocalDate.of(2025, 3, 5)); // nothing left in progress to refuse it
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        Referral referral = aReferral(LocalDate.of(2025, 3, 3));
        Assessment assessment = added(referral, LocalDate.of(2025, 3, 4));
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (LocalDate on : List.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2))) {
            Assessment after = completed(assessment, on);
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> assessments().update(after, assessment.version()));
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
        assertEquals(assessment.version() + 1, find(assessment.id()).orElseThrow().version());
    }
}
