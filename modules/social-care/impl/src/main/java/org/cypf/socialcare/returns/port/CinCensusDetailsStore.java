package org.cypf.socialcare.returns.port;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.returns.domain.CinCensusDetails;

/** The CIN census details held of children and of CIN episodes. Every method runs inside the caller's unit of work. */
public interface CinCensusDetailsStore {

    /** The details of each child given that has any (ethnicity from the child, the rest from the census's own). */
    Map<ChildId, CinCensusDetails.Child> children(Collection<ChildId> children);

    /** The details of each referral given that has any. */
    Map<UUID, CinCensusDetails.Episode> episodes(Collection<UUID> referralIds);

    /** Replaces the child's details with {@code details}. */
    void save(ChildId child, CinCensusDetails.Child details);

    /** Replaces the referral's details (its primary need and its CIN plans) with {@code details}. */
    void save(UUID referralId, CinCensusDetails.Episode details);
}
