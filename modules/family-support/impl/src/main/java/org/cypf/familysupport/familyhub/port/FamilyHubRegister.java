package org.cypf.familysupport.familyhub.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.familysupport.familyhub.domain.OpeningTime;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/** Where Family Hubs are kept. Every method runs inside the caller's unit of work. */
public interface FamilyHubRegister {
    /**
     * One page of the hubs by name (then id), with how many there are, by SQL's offset and limit: those serving
     * {@code locality} (equal ignoring case) when it is given, every hub when it is null.
     */
    Page<FamilyHub> page(String locality, Slice slice);

    /**
     * Registers {@code hub} as it is (its version, 0, included).
     *
     * @throws org.cypf.kernel.problem.Conflict when a hub is held under its id or its name already; the first is kept
     */
    void add(FamilyHub hub);

    /**
     * Replaces the name, postcode, locality, opening date and version of the hub {@code hub} names, when it is still at
     * {@code expectedVersion}; its opening times stay.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when the hub is not at {@code expectedVersion}; nothing is changed
     * @throws org.cypf.kernel.problem.Conflict     when another hub has its name; nothing is changed
     */
    void update(FamilyHub hub, long expectedVersion);

    /** One hub, locked against a concurrent change of it or its opening times when {@code forUpdate}. */
    Optional<FamilyHub> hub(UUID hubId, boolean forUpdate);

    /** The hub's regular opening times, by their first day, then opening time. */
    List<OpeningTime> openingTimes(UUID hubId);

    /** Replaces the hub's regular opening times with {@code times}, recorded by {@code recordedBy} at {@code at}. */
    void replaceOpeningTimes(UUID hubId, List<OpeningTime> times, String recordedBy, Instant at);
}
