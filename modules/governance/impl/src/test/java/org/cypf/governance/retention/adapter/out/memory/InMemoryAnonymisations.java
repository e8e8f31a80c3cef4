package org.cypf.governance.retention.adapter.out.memory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.governance.retention.domain.Anonymisation;
import org.cypf.governance.retention.port.Anonymisations;
import org.cypf.kernel.problem.Conflict;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Reviewed anonymisations in memory, for fast tests (ADR 0034, ADR 0097); test code only. It passes
 * {@code AnonymisationsContract} as the jOOQ adapter does: proposals added and carried out in the caller's
 * {@link InMemoryUnitOfWork}, kept when it commits. Adding holds the record's lock to the end of the unit of work, as
 * the unique index of waiting proposals holds a second inserter; carrying out holds the proposal's, as the update's
 * row lock does.
 */
public final class InMemoryAnonymisations implements Anonymisations {
    private final InMemoryRows<UUID, Anonymisation> rows = new InMemoryRows<>();

    private List<Anonymisation> waitingFor(String context, String recordType, UUID recordId) {
        return rows.where(a -> a.carriedOutAt() == null && a.context().equals(context)
                && a.recordType().equals(recordType) && a.recordId().equals(recordId));
    }

    @Override
    public Optional<Anonymisation> find(UUID id) {
        return rows.find(id);
    }

    @Override
    public boolean proposalWaiting(String context, String recordType, UUID recordId) {
        return !waitingFor(context, recordType, recordId).isEmpty();
    }

    @Override
    public void add(Anonymisation proposal) {
        rows.lock(List.of(proposal.context(), proposal.recordType(), proposal.recordId()));
        if (proposalWaiting(proposal.context(), proposal.recordType(), proposal.recordId())) {
            // As anonymisation_one_waiting refuses it.
            throw new Conflict("a proposal to anonymise " + proposal.recordType() + " " + proposal.recordId()
                    + " is waiting");
        }
        rows.put(proposal.id(), proposal);
    }

    @Override
    public boolean carriedOut(Anonymisation after) {
        rows.lock(after.id());
        if (rows.find(after.id()).filter(a -> a.carriedOutAt() == null).isEmpty()) {
            return false;
        }
        rows.put(after.id(), after);
        return true;
    }
}
