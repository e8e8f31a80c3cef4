package org.cypf.familysupport.request.port;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.request.domain.RequestForSupport;

/** Where requests for support are kept. Every method runs inside the caller's unit of work. */
public interface RequestForSupportRecords {
    Optional<RequestForSupport> find(UUID requestId);

    /** The request opened from social care's step-down of {@code contactId}, if one was. */
    Optional<RequestForSupport> steppedDownFrom(UUID contactId);

    /**
     * Stores a new request.
     *
     * @throws org.cypf.kernel.problem.Conflict when a request is held under its id, or was opened from its contact's
     *                                          step-down, already (the first is kept)
     */
    void add(RequestForSupport request);

    /** @throws org.cypf.kernel.problem.StaleVersion when another change was stored first */
    void update(RequestForSupport request, long expectedVersion);

    /**
     * Requests received on the days of {@code dueBy} (each received day with the day its response is due) that were
     * triaged or whose due day is before {@code asAt}; of them, with {@code withinTargetOnly}, those triaged on or
     * before their due day. Counted in SQL; {@code dueBy} is bounded by the caller (a year's days).
     */
    long responses(Map<LocalDate, LocalDate> dueBy, LocalDate asAt, boolean withinTargetOnly);
}
