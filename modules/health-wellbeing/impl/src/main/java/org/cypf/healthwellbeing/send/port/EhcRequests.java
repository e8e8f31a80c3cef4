package org.cypf.healthwellbeing.send.port;

import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.healthwellbeing.send.domain.EhcRequest;

/** Where requests for EHC needs assessments are kept. Every method runs inside the caller's unit of work. */
public interface EhcRequests {

    Optional<EhcRequest> find(UUID requestId);

    /** Requests whose final plan was issued from {@code from} to {@code to}, both included. */
    List<EhcRequest> plansIssuedBetween(LocalDate from, LocalDate to);

    /**
     * The requests a SEN2 return counts ({@link org.cypf.healthwellbeing.send.domain.Sen2Return#counts}): received by
     * {@code referenceDate} and not finished before {@code from}, oldest request first.
     */
    List<EhcRequest> forSen2(LocalDate from, LocalDate referenceDate);

    /** Advice asked for and not yet given, with its request's keys. */
    record AdviceDue(UUID requestId, ChildId childId, String adviser, LocalDate requestedOn, LocalDate dueBy,
                     long version) {}

    /**
     * Advice not yet given, of {@code adviser} (null: any), due before {@code overdueOn} when it is given (null: any
     * due date), of the children {@code scope} lets the caller see; earliest due first, the part {@code slice} asks for.
     */
    Page<AdviceDue> adviceDue(String adviser, LocalDate overdueOn, ListScope scope, Slice slice);

    void add(EhcRequest request);

    /** @throws org.cypf.kernel.problem.StaleVersion when the stored version is no longer {@code expectedVersion} */
    void update(EhcRequest after, long expectedVersion);
}
