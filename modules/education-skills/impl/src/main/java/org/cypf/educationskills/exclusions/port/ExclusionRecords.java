package org.cypf.educationskills.exclusions.port;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.exclusions.domain.Exclusion;
import org.cypf.kernel.identity.UniquePupilNumber;

/** Where suspensions and exclusions are kept. Every method runs inside the caller's unit of work. */
public interface ExclusionRecords {

    /** The exclusions held for these pupils. */
    List<Exclusion> ofPupils(Collection<UniquePupilNumber> upns);

    /**
     * @throws org.cypf.kernel.problem.Conflict when the same exclusion (pupil, school, category, start date) or one
     *         under the same id is held already, and then nothing is added
     */
    void add(Exclusion exclusion);

    /** Replaces the reason and sessions of the exclusion held under the same id. */
    void replace(Exclusion exclusion);

    /** Which of these URNs name no setting held. */
    Set<Integer> unknownSettings(Collection<Integer> urns);

    /** One pupil's exclusions, latest first, {@code offset} skipped, at most {@code limit}. */
    List<Exclusion> ofPupil(UniquePupilNumber upn, long offset, int limit);

    long countOfPupil(UniquePupilNumber upn);
}
