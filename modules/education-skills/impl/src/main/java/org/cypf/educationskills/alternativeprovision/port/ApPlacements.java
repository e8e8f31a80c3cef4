package org.cypf.educationskills.alternativeprovision.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.educationskills.alternativeprovision.domain.ApPlacement;
import org.cypf.educationskills.alternativeprovision.domain.ApProvider;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;

/** Where pupils' placements in alternative provision are kept. Every method runs in the caller's unit of work. */
public interface ApPlacements {

    /** A placement and the child id of its pupil, for the access port. */
    record Placed(ApPlacement placement, ChildId childId) {}

    Optional<Placed> find(UUID placementId);

    /** The pupil's placement at the same provider from the same day, if one is held. */
    Optional<ApPlacement> same(ApPlacement placement);

    /**
     * @throws org.cypf.kernel.problem.Conflict when the same placement (pupil, provider, start date) or one under the
     *         same id is held already, and then nothing is added
     */
    void add(ApPlacement placement);

    /** Sets the end date of the placement held under {@code placement}'s id to its end date. */
    void end(ApPlacement placement);

    /** The pupil's placements, latest start first, {@code offset} skipped, at most {@code limit}. */
    List<ApPlacement> ofPupil(UniquePupilNumber upn, long offset, int limit);

    long countOfPupil(UniquePupilNumber upn);

    /** The placements at {@code provider} of the pupils {@code scope} includes, latest start first. */
    List<Placed> atProvider(ApProvider provider, ListScope scope, long offset, int limit);

    long countAtProvider(ApProvider provider, ListScope scope);

    /** Whether {@code child} has ever been on the virtual school's roll. */
    boolean everInCare(ChildId child);

    /**
     * The placements of the UPN on {@code child}'s virtual school registrations that overlap a time the child was in
     * care (entered care on or before the placement's end; left care, if they have, on or after its start).
     */
    List<ApPlacement> ofChildInCare(ChildId child, long offset, int limit);

    long countOfChildInCare(ChildId child);

    /** The placements held of these pupils, in one query (one array parameter). */
    List<ApPlacement> ofPupils(List<UniquePupilNumber> upns);

    /** Adds these placements, in one batch. */
    void addAll(List<ApPlacement> added);

    /** Replaces the facts of these placements (known by their ids) with theirs, in one batch. */
    void replaceAll(List<ApPlacement> replaced);
}
