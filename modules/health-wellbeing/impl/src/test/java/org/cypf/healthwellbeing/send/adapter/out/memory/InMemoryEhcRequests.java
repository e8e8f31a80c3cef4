package org.cypf.healthwellbeing.send.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.governance.api.access.ListScope;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.domain.Sen2Return;
import org.cypf.healthwellbeing.send.port.EhcRequests;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Requests for EHC needs assessments in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code EhcRequestsContract} as the jOOQ adapter does: requests added and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that adds or changes a request holds that
 * request's lock to its end, as the database's key and row lock hold the second until the first commits: an id is
 * added once, and of two changes from one version one is stale.
 */
public final class InMemoryEhcRequests implements EhcRequests {
    /** Oldest request first, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<EhcRequest> OLDEST_FIRST = Comparator.comparing(EhcRequest::receivedOn)
            .thenComparing(r -> r.id().toString());
    /** Earliest due first, then by request and adviser, as the jOOQ adapter pages them. */
    private static final Comparator<AdviceDue> EARLIEST_DUE = Comparator.comparing(AdviceDue::dueBy)
            .thenComparing(d -> d.requestId().toString()).thenComparing(AdviceDue::adviser);

    private final InMemoryRows<UUID, EhcRequest> rows = new InMemoryRows<>();

    /** The requests this unit of work sees that match, oldest first: also the rows the awaiting-plans reading reads. */
    List<EhcRequest> visible(Predicate<EhcRequest> which) {
        return rows.where(which).stream().sorted(OLDEST_FIRST).toList();
    }

    @Override
    public Optional<EhcRequest> find(UUID requestId) {
        return rows.find(requestId);
    }

    @Override
    public List<EhcRequest> plansIssuedBetween(LocalDate from, LocalDate to) {
        return visible(r -> r.planIssuedOn() != null && !r.planIssuedOn().isBefore(from)
                && !r.planIssuedOn().isAfter(to));
    }

    @Override
    public List<EhcRequest> forSen2(LocalDate from, LocalDate referenceDate) {
        return visible(r -> Sen2Return.counts(r, from, referenceDate));
    }

    @Override
    public Page<AdviceDue> adviceDue(String adviser, LocalDate overdueOn, ListScope scope, Slice slice) {
        List<AdviceDue> due = visible(r -> scope.includes(r.childId())).stream()
                .flatMap(r -> r.advice().stream()
                        .filter(a -> a.receivedOn() == null && (adviser == null || adviser.equals(a.adviser()))
                                && (overdueOn == null || a.dueBy().isBefore(overdueOn)))
                        .map(a -> new AdviceDue(r.id(), r.childId(), a.adviser(), a.requestedOn(), a.dueBy(),
                                r.version())))
                .sorted(EARLIEST_DUE).toList();
        return new Page<>(due.stream().skip(slice.offset()).limit(slice.size()).toList(), due.size());
    }

    @Override
    public void add(EhcRequest request) {
        rows.lock(request.id());
        if (find(request.id()).isPresent()) {
            // As the key refuses it (the jOOQ adapter translates the unique violation).
            throw new Conflict("a request for an EHC needs assessment is held under this id already");
        }
        rows.put(request.id(), request);
    }

    @Override
    public void update(EhcRequest after, long expectedVersion) {
        rows.lock(after.id());
        if (find(after.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the request for an EHC needs assessment", expectedVersion);
        }
        rows.put(after.id(), after);
    }
}
