package org.cypf.educationskills.shared.port;

import java.util.Collection;
import java.util.Map;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.kernel.identity.UniquePupilNumber;

/** Where pupils are kept. Every method runs inside the caller's unit of work. */
public interface Pupils {

    Map<UniquePupilNumber, Pupil> find(Collection<UniquePupilNumber> upns);

    void add(Pupil pupil);
}
