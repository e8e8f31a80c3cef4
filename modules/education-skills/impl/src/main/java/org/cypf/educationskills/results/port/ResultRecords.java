package org.cypf.educationskills.results.port;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.results.domain.EyfsProfile;
import org.cypf.educationskills.results.domain.Ks2Result;
import org.cypf.educationskills.results.domain.Ks4Result;
import org.cypf.kernel.identity.UniquePupilNumber;

/** Where pupils' results are kept, one per pupil per year and assessment. Runs in the caller's unit of work. */
public interface ResultRecords {

    /** Which of these URNs name no setting held. */
    Set<Integer> unknownSettings(Collection<Integer> urns);

    List<EyfsProfile> eyfsOf(Collection<UniquePupilNumber> upns);

    List<Ks2Result> ks2Of(Collection<UniquePupilNumber> upns);

    List<Ks4Result> ks4Of(Collection<UniquePupilNumber> upns);

    /** Stores each profile, replacing what is held for the same pupil and year. */
    void putEyfs(Collection<EyfsProfile> profiles);

    void putKs2(Collection<Ks2Result> results);

    void putKs4(Collection<Ks4Result> results);
}
