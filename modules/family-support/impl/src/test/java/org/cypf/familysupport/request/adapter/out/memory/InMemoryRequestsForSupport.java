package org.cypf.familysupport.request.adapter.out.memory;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.request.domain.RequestForSupport;
import org.cypf.familysupport.request.port.RequestForSupportRecords;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Requests for support in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code RequestForSupportRecordsContract} as the jOOQ adapter does: requests added and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that opens a request from a step-down, or changes
 * a request, holds that contact's or request's lock to its end, as the database's unique index and row lock hold the
 * second until the first commits: one request a contact, and of two changes from one version one is stale.
 */
public final class InMemoryRequestsForSupport implements RequestForSupportRecords {
    private final InMemoryRows<UUID, RequestForSupport> rows = new InMemoryRows<>();

    @Override
    public Optional<RequestForSupport> find(UUID requestId) {
        return rows.find(requestId);
    }

    @Override
    public Optional<RequestForSupport> steppedDownFrom(UUID contactId) {
        return rows.where(r -> contactId.equals(r.steppedDownFromContact())).stream().findFirst();
    }

    @Override
    public void add(RequestForSupport request) {
        rows.lock(request.id());
        if (request.steppedDownFromContact() != null) {
            rows.lock(request.steppedDownFromContact());
            if (steppedDownFrom(request.steppedDownFromContact()).isPresent()) {
                // As request_for_support's unique stepped_down_from_contact refuses it.
                throw new Conflict("a request for support was already opened from this contact's step-down");
            }
        }
        if (find(request.id()).isPresent()) {
            throw new Conflict("a request for support with this id is already held");
        }
        rows.put(request.id(), request);
    }

    @Override
    public void update(RequestForSupport request, long expectedVersion) {
        rows.lock(request.id());
        if (find(request.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the request for support", expectedVersion);
        }
        rows.put(request.id(), request);
    }

    /** Counted as the jOOQ adapter's SQL counts: by received day, triaged or past due, within target by due day. */
    @Override
    public long responses(Map<LocalDate, LocalDate> dueBy, LocalDate asAt, boolean withinTargetOnly) {
        return rows.where(r -> {
            LocalDate due = dueBy.get(r.receivedOn());
            return due != null && (r.triagedOn() != null || due.isBefore(asAt))
                    && (!withinTargetOnly || (r.triagedOn() != null && !r.triagedOn().isAfter(due)));
        }).size();
    }
}
