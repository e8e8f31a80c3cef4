package org.cypf.educationskills.shared.port;

import java.util.Collection;
import java.util.Map;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.kernel.identity.UniquePupilNumber;

/** Where pupils are kept. Every method runs inside the caller's unit of work. */
public interface Pupils {

    /** The pupils held of these UPNs, by UPN; a UPN none holds is absent. */
    Map<UniquePupilNumber, Pupil> find(Collection<UniquePupilNumber> upns);

    /**
     * @throws org.cypf.kernel.problem.Conflict when a pupil of the same UPN, or under the same child id, is held
     *         already, and then nothing is added
     */
    void add(Pupil pupil);
}
