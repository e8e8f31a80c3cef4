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

    /** One hub, locked against a concurrent change of its opening times when {@code forUpdate}. */
    Optional<FamilyHub> hub(UUID hubId, boolean forUpdate);

    /** The hub's regular opening times, by their first day, then opening time. */
    List<OpeningTime> openingTimes(UUID hubId);

    /** Replaces the hub's regular opening times with {@code times}, recorded by {@code recordedBy} at {@code at}. */
    void replaceOpeningTimes(UUID hubId, List<OpeningTime> times, String recordedBy, Instant at);
}
