package org.cypf.socialcare.schoolexclusions.port;

import java.time.LocalDate;
import java.util.Optional;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.schoolexclusions.domain.SchoolExclusion;

/** Where schools' exclusions of children social care knows are kept. Every method runs in the caller's unit of work. */
public interface SchoolExclusionRecords {

    /** The child social care holds with this UPN, if any. */
    Optional<ChildId> childWithUpn(String upn);

    /** Whether the child had an open referral or child protection plan, or was looked after, on {@code on}. */
    boolean hadSocialWorkerOrWasLookedAfter(ChildId child, LocalDate on);

    /** Adds the exclusion; answers false, changing nothing, when it is already on the record. */
    boolean add(SchoolExclusion exclusion);
}
