package org.cypf.socialcare.assessment.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Child and family assessments in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code AssessmentsContract} as the jOOQ adapter does: assessments added and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that adds to a referral, or changes an
 * assessment, holds that referral's or assessment's lock to its end, as the database's unique index and row lock hold
 * the second until the first commits: so of two assessments started at once one is refused, and of two changes from
 * one version one is stale. {@link InMemoryAssessmentsAwaitingAuthorisation} reads the same rows.
 */
public final class InMemoryAssessments implements Assessments {
    /** In the order they started, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<Assessment> STARTED = Comparator.comparing(Assessment::startDate)
            .thenComparing(a -> a.id().toString());

    private final InMemoryRows<UUID, Assessment> rows = new InMemoryRows<>();

    /** The assessments this unit of work sees that match, in no order: for the queue reading the same rows. */
    List<Assessment> where(Predicate<Assessment> which) {
        return rows.where(which);
    }

    private List<Assessment> visible(Predicate<Assessment> which) {
        return rows.where(which).stream().sorted(STARTED).toList();
    }

    @Override
    public Optional<Assessment> find(UUID assessmentId) {
        return rows.find(assessmentId);
    }

    @Override
    public List<Assessment> forReferral(UUID referralId) {
        return visible(a -> a.referralId().equals(referralId));
    }

    @Override
    public List<Assessment> forReferrals(Collection<UUID> referralIds) {
        Set<UUID> asked = new HashSet<>(referralIds);
        return visible(a -> asked.contains(a.referralId()));
    }

    @Override
    public void add(Assessment assessment) {
        rows.lock(assessment.referralId());
        if (!visible(a -> a.referralId().equals(assessment.referralId()) && !a.isCompleted()).isEmpty()) {
            // As assessment_one_in_progress_per_referral refuses it.
            throw new Conflict("an assessment of this referral is already in progress");
        }
        rows.put(assessment.id(), assessment);
    }

    @Override
    public void update(Assessment after, long expectedVersion) {
        rows.lock(after.id());
        if (find(after.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the assessment", expectedVersion);
        }
        rows.put(after.id(), after);
    }

    @Override
    public List<Assessment> authorisedBetween(LocalDate from, LocalDate to) {
        return visible(a -> a.authorisedDate() != null && !a.authorisedDate().isBefore(from)
                && !a.authorisedDate().isAfter(to));
    }
}
