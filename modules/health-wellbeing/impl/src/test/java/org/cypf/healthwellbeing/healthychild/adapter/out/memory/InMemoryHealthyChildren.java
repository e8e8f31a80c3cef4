package org.cypf.healthwellbeing.healthychild.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cypf.healthwellbeing.healthychild.domain.HealthyChild;
import org.cypf.healthwellbeing.healthychild.domain.MandatedReview;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildren;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The healthy child programme's children in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code HealthyChildrenContract} as the jOOQ adapter does: children registered and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits, keyed by NHS number. A unit of work that registers or changes
 * a child holds its NHS number's lock to its end, as the database's key and row lock hold the second until the first
 * commits. A child's five mandated reviews are derived from its date of birth, as the jOOQ adapter writes their rows.
 */
public final class InMemoryHealthyChildren implements HealthyChildren {
    /** By closing day, then NHS number, then review, as the jOOQ adapter lists them. */
    private static final Comparator<ReviewRow> BY_CLOSING_DAY = Comparator.comparing(ReviewRow::closesOn)
            .thenComparing(r -> r.nhsNumber().value()).thenComparing(r -> r.review().name());

    private final InMemoryRows<String, HealthyChild> rows = new InMemoryRows<>();

    @Override
    public Optional<HealthyChild> find(NhsNumber nhsNumber) {
        return rows.find(nhsNumber.value());
    }

    @Override
    public boolean childRegistered(ChildId childId) {
        return !rows.where(c -> c.childId().equals(childId)).isEmpty();
    }

    private Stream<ReviewRow> rowsOf(ReviewFilter f) {
        return rows.where(c -> f.scope().includes(c.childId())).stream().flatMap(c -> Stream.of(MandatedReview.values())
                        .map(review -> {
                            HealthyChild.Result result = c.results().get(review);
                            return new ReviewRow(c.nhsNumber(), c.childId(), review, review.opensOn(c.dateOfBirth()),
                                    review.closesOn(c.dateOfBirth()), result == null ? null : result.outcome(),
                                    result == null ? null : result.on());
                        }))
                .filter(r -> (f.review() == null || r.review() == f.review())
                        && (f.outstanding() ? r.outcome() == null : f.outcome() == null || r.outcome() == f.outcome())
                        && (f.closesFrom() == null || !r.closesOn().isBefore(f.closesFrom()))
                        && (f.closesTo() == null || !r.closesOn().isAfter(f.closesTo())));
    }

    @Override
    public List<ReviewRow> reviews(ReviewFilter filter, long offset, int limit) {
        return rowsOf(filter).sorted(BY_CLOSING_DAY).skip(offset).limit(limit).toList();
    }

    @Override
    public long countReviews(ReviewFilter filter) {
        return rowsOf(filter).count();
    }

    @Override
    public ReviewTally tally(MandatedReview review, LocalDate from, LocalDate to) {
        List<ReviewRow> closed = rowsOf(new ReviewFilter(review, null, false, from, to,
                org.cypf.governance.api.access.ListScope.everyChild())).toList();
        return new ReviewTally(closed.size(), closed.stream().filter(r -> r.outcome() == HealthyChild.Outcome.DONE
                && !r.outcomeOn().isAfter(r.closesOn())).count());
    }

    @Override
    public void add(HealthyChild child) {
        rows.lock(child.nhsNumber().value());
        if (find(child.nhsNumber()).isPresent() || childRegistered(child.childId())) {
            // As the keys refuse it (the jOOQ adapter translates the unique violation).
            throw new Conflict("the NHS number or the child is registered with the healthy child programme already");
        }
        rows.put(child.nhsNumber().value(), child);
    }

    @Override
    public void update(HealthyChild after, long expectedVersion) {
        rows.lock(after.nhsNumber().value());
        if (find(after.nhsNumber()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the child's healthy child programme record", expectedVersion);
        }
        rows.put(after.nhsNumber().value(), after);
    }
}
