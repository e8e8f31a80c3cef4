package org.cypf.socialcare.careleavers.adapter.out.memory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.careleavers.port.EighteenthBirthdaysPublished;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The 18th birthdays published, in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code EighteenthBirthdaysPublishedContract} as the jOOQ adapter does: a mark made in the caller's
 * {@link InMemoryUnitOfWork} is kept when it commits. A unit of work that marks a child holds that child's lock to its
 * end, as the primary key holds a second insert until the first commits: so of two marks at once the second sees the
 * first and answers false, as {@code on conflict do nothing} does.
 */
public final class InMemoryEighteenthBirthdaysPublished implements EighteenthBirthdaysPublished {
    /** What a mark holds besides the child. */
    private record Mark(LocalDate birthday, UUID periodId) {}

    private final InMemoryRows<ChildId, Mark> rows = new InMemoryRows<>();

    @Override
    public Set<ChildId> published(Collection<ChildId> children) {
        return children.stream().filter(child -> rows.find(child).isPresent()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean markPublished(ChildId child, LocalDate birthday, UUID periodId) {
        rows.lock(child);
        Optional<Mark> held = rows.find(child);
        if (held.isPresent()) {
            return false;
        }
        rows.put(child, new Mark(birthday, periodId));
        return true;
    }
}
