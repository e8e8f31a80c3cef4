package org.cypf.socialcare.lookedafter.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.change.DomainEvent;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.shared.domain.Child;

/**
 * What happened to a period of care, raised by {@link PeriodOfCare} itself. The application decides which of these
 * social care publishes, and as what; the aggregate only says what happened.
 */
public sealed interface PeriodOfCareEvent extends DomainEvent {

    /** The child started to be looked after: {@code first} is the period's first episode (RNE S). */
    record Started(Child child, UUID periodId, Episode first) implements PeriodOfCareEvent {}

    /** The child moved placement (RNE P, T, B, U): {@code before} is the episode closed X1, {@code after} the one opened. */
    record PlacementChanged(ChildId childId, UUID periodId, Episode before, Episode after) implements PeriodOfCareEvent {}

    /** The legal status changed and the placement did not (RNE L). */
    record LegalStatusChanged(ChildId childId, UUID periodId, Episode before, Episode after) implements PeriodOfCareEvent {}

    /** The child stopped being looked after on {@code endDate} for {@code reasonCeased}. */
    record Ended(ChildId childId, UUID periodId, LocalDate endDate, String reasonCeased) implements PeriodOfCareEvent {}

    /** An imported return replaced the period's episodes (an end recorded from the file, say). */
    record HistoryImported(ChildId childId, UUID periodId) implements PeriodOfCareEvent {}
}
