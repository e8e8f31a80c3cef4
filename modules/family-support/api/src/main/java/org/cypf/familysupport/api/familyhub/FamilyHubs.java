package org.cypf.familysupport.api.familyhub;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * The partnership's Family Hubs: places, not people, so no child's record is touched. They and their opening times
 * are public; registering a hub, changing it or recording its opening times is a change everyone sees, allowed only to
 * a role the access policy grants it (ADR 0086).
 */
public interface FamilyHubs {
    /**
     * One page of the Family Hubs, by name, read by the store a page at a time: those serving {@code locality} (its
     * name as recorded, ignoring case) when it is given, every hub when it is null.
     *
     * @throws org.cypf.kernel.problem.InvalidInput naming {@code locality} when it is blank or longer than 200
     */
    Page<FamilyHubView> familyHubs(String locality, Slice slice);

    /**
     * One hub as the list shows it, with its version (the one a change quotes); public directory data.
     *
     * @throws org.cypf.kernel.problem.NotFound when no hub has that id
     */
    FamilyHubView familyHub(UUID hubId);

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

    /**
     * Registers a Family Hub, at version 0. Refused whole, naming each broken rule, before anything is decided; then
     * the access port decides (record type {@code family-hub}, a create) and audits the decision, naming no child.
     *
     * @throws org.cypf.kernel.problem.Conflict when a hub of that name is registered already (the first is kept)
     */
    FamilyHubView registerHub(Caller caller, RegisterFamilyHub command);

    /**
     * Replaces a hub's name, postcode, locality and opening date from the version read, moving it on by one; its
     * opening times stay. Refused as {@link #registerHub} is; decided as an update of {@code family-hub}.
     *
     * @throws org.cypf.kernel.problem.NotFound     when no hub has that id
     * @throws org.cypf.kernel.problem.StaleVersion when the hub changed since {@code version}
     * @throws org.cypf.kernel.problem.Conflict     when another hub has that name
     */
    FamilyHubView reviseHub(Caller caller, ReviseFamilyHub command);
}
