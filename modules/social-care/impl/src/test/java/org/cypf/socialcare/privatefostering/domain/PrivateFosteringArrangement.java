package org.cypf.socialcare.privatefostering.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.DomainEvent;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.Child;

/**
 * A private fostering arrangement notified to the council (Children Act 1989 s.66): it starts on a date, not in the
 * future and not before the child was born, and ends once. Changes quote {@link #version()}.
 */
public final class PrivateFosteringArrangement implements Versioned {
    /** The arrangement ended: the council's visits stop. */
    public record Ended(PrivateFosteringArrangement arrangement) implements DomainEvent {}

    private final UUID id;
    private final ChildId childId;
    private final LocalDate start;
    private final LocalDate end;
    private final long version;

    private PrivateFosteringArrangement(UUID id, ChildId childId, LocalDate start, LocalDate end, long version) {
        this.id = id;
        this.childId = childId;
        this.start = start;
        this.end = end;
        this.version = version;
    }

    /** An arrangement as stored: persistence only (ADR 0018). */
    @Rebuild
    public static PrivateFosteringArrangement rebuild(UUID id, ChildId childId, LocalDate start, LocalDate end,
                                                      long version) {
        return new PrivateFosteringArrangement(id, childId, start, end, version);
    }

    /** A new arrangement for {@code child}, at version 0. */
    public static Changed<PrivateFosteringArrangement> notified(UUID id, Child child, LocalDate start, LocalDate today) {
        var v = new Violations();
        if (start == null) {
            v.add("startDate", "is required");
        } else {
            v.check(!start.isAfter(today), "startDate", "must not be in the future");
            v.check(!start.isBefore(child.dateOfBirth()), "startDate", "must not be before the child's date of birth");
        }
        v.throwIfAny();
        return Changed.to(new PrivateFosteringArrangement(id, child.id(), start, null, 0));
    }

    public Changed<PrivateFosteringArrangement> endOn(LocalDate date, LocalDate today) {
        if (end != null) {
            throw new Conflict("the arrangement has already ended");
        }
        var v = new Violations();
        if (date == null) {
            v.add("endDate", "is required");
        } else {
            v.check(!date.isBefore(start), "endDate", "must not be before the arrangement started");
            v.check(!date.isAfter(today), "endDate", "must not be in the future");
        }
        v.throwIfAny();
        var after = new PrivateFosteringArrangement(id, childId, start, date, version + 1);
        return Changed.to(after, new Ended(after));
    }

    public UUID id() {
        return id;
    }

    public ChildId childId() {
        return childId;
    }

    public LocalDate start() {
        return start;
    }

    /** Null while the arrangement lasts. */
    public LocalDate end() {
        return end;
    }

    @Override
    public long version() {
        return version;
    }
}
