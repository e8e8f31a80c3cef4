package org.cypf.educationskills.virtualschool.port;

import java.util.List;
import java.util.Optional;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.kernel.identity.ChildId;

/** Where the virtual school's registrations are kept. Every method runs inside the caller's unit of work. */
public interface VirtualSchoolRoll {

    /** The child's registration that has not ended, if any. */
    Optional<VirtualSchoolRegistration> onRoll(ChildId child);

    void add(VirtualSchoolRegistration registration);

    /** @throws org.cypf.kernel.problem.StaleVersion when the stored version is no longer {@code changed.version()} */
    void update(VirtualSchoolRegistration changed);

    List<VirtualSchoolRegistration> currentRoll();
}
