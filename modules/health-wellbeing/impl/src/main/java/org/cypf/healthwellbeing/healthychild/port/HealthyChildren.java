package org.cypf.healthwellbeing.healthychild.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cypf.healthwellbeing.healthychild.domain.HealthyChild;
import org.cypf.healthwellbeing.healthychild.domain.MandatedReview;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;

/** Where the healthy child programme's children are kept. Every method runs inside the caller's unit of work. */
public interface HealthyChildren {

    /**
     * Which reviews a list asks for; a null member does not filter. {@code outstanding} means no outcome yet;
     * {@code scope} the children the caller may see listed (ADR 0033), applied before paging.
     */
    record ReviewFilter(MandatedReview review, HealthyChild.Outcome outcome, boolean outstanding, LocalDate closesFrom,
                        LocalDate closesTo, org.cypf.governance.api.access.ListScope scope) {}

    /** A review in a list: the child's keys, the review, its window and its outcome if any. */
    record ReviewRow(NhsNumber nhsNumber, ChildId childId, MandatedReview review, LocalDate opensOn,
                     LocalDate closesOn, HealthyChild.Outcome outcome, LocalDate outcomeOn) {}

    Optional<HealthyChild> find(NhsNumber nhsNumber);

    /** Whether a child with {@code childId} is registered (under any NHS number). */
    boolean childRegistered(ChildId childId);

    /** The reviews matching {@code filter}, by closing day then NHS number, from {@code offset}, at most {@code limit}. */
    List<ReviewRow> reviews(ReviewFilter filter, long offset, int limit);

    long countReviews(ReviewFilter filter);

    /** Of the reviews of a kind whose window closed from {@code from} to {@code to}: how many, and how many done by then. */
    record ReviewTally(long closed, long doneOnTime) {}

    ReviewTally tally(MandatedReview review, LocalDate from, LocalDate to);

    /**
     * @throws org.cypf.kernel.problem.Conflict when a child is held under its NHS number, or the child under another
     *         NHS number, already; what is held stays as it was
     */
    void add(HealthyChild child);

    /** @throws org.cypf.kernel.problem.StaleVersion when the stored version is no longer {@code expectedVersion} */
    void update(HealthyChild after, long expectedVersion);
}
