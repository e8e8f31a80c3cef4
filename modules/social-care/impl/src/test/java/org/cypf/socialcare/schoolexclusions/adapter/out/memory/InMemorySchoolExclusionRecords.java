package org.cypf.socialcare.schoolexclusions.adapter.out.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.schoolexclusions.domain.SchoolExclusion;
import org.cypf.socialcare.schoolexclusions.port.SchoolExclusionRecords;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Schools' exclusions of children social care knows, in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code SchoolExclusionRecordsContract} as the jOOQ adapter does: an exclusion added in the caller's
 * {@link InMemoryUnitOfWork} is kept when it commits, and a unit of work that adds one holds its id's lock to its end,
 * as the primary key holds a second insert until the first commits: so of two at once the second sees the first and
 * answers false, as {@code on conflict do nothing} does. What social care holds of a child to decide the alert is what
 * {@link #holdChild} and {@link #holdWorkedWith} were told, as the database holds what the other stores wrote.
 */
public final class InMemorySchoolExclusionRecords implements SchoolExclusionRecords {
    private record Child(ChildId id, String upn) {}

    /** A time the child had a social worker or was looked after, both days included; {@code to} null: runs on. */
    private record WorkedWith(ChildId child, LocalDate from, LocalDate to) {}

    private final InMemoryRows<UUID, SchoolExclusion> rows = new InMemoryRows<>();
    /** In the order they were recorded, as {@code child.created_at} orders them. */
    private final List<Child> children = new CopyOnWriteArrayList<>();
    private final List<WorkedWith> times = new CopyOnWriteArrayList<>();

    /** Makes the child known with this UPN (null: none), recorded after those told before. */
    public void holdChild(ChildId child, String upn) {
        children.add(new Child(child, upn));
    }

    /**
     * Makes a time the child had a social worker or was looked after known (a period of care, a referral or a child
     * protection plan), from {@code from} to {@code to}, both included; {@code to} null while it runs on.
     */
    public void holdWorkedWith(ChildId child, LocalDate from, LocalDate to) {
        times.add(new WorkedWith(child, from, to));
    }

    /** The exclusion held under this id, as a test reads it (the port reads none back). */
    public Optional<SchoolExclusion> held(UUID exclusionId) {
        return rows.find(exclusionId);
    }

    @Override
    public Optional<ChildId> childWithUpn(String upn) {
        return children.stream().filter(c -> upn.equals(c.upn())).map(Child::id).findFirst();
    }

    @Override
    public boolean hadSocialWorkerOrWasLookedAfter(ChildId child, LocalDate on) {
        return times.stream().anyMatch(t -> t.child().equals(child) && !t.from().isAfter(on)
                && (t.to() == null || !t.to().isBefore(on)));
    }

    @Override
    public boolean add(SchoolExclusion exclusion) {
        rows.lock(exclusion.exclusionId());
        if (rows.find(exclusion.exclusionId()).isPresent()) {
            return false;
        }
        rows.put(exclusion.exclusionId(), exclusion);
        return true;
    }
}
