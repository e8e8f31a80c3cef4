package org.cypf.familysupport.api.familyhub;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * The partnership's Family Hubs: places, not people, so no child's record is touched. Their opening times are public;
 * recording them is a change everyone sees, allowed only to a role the access policy grants it (ADR 0086).
 */
public interface FamilyHubs {
    /**
     * One page of the Family Hubs, by name, read by the store a page at a time: those serving {@code locality} (its
     * name as recorded, ignoring case) when it is given, every hub when it is null.
     *
     * @throws org.cypf.kernel.problem.InvalidInput naming {@code locality} when it is blank or longer than 200
     */
    Page<FamilyHubView> familyHubs(String locality, Slice slice);

    /** A hub's regular opening times, by day and opening time. */
    FamilyHubOpeningTimes openingTimes(UUID hubId);

    /**
     * Replaces a hub's regular opening times. Refused whole, naming each broken rule ({@code openingTimes[1].closesAt}),
     * before anything is read or decided; then the access port decides (record type {@code family-hub}, an update)
     * and audits the decision, naming no child; the caller is kept with the times.
     *
     * @throws org.cypf.kernel.problem.AccessDenied when no role the caller holds may record a hub's opening times
     */
    FamilyHubOpeningTimes recordOpeningTimes(Caller caller, RecordFamilyHubOpeningTimes command);
}
