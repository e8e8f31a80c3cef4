package org.cypf.socialcare.shared.application;

import java.time.LocalDate;
import java.util.Optional;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The child a contact or a referral is about: the one social care already knows under the local child id, or a new
 * one. Shared by the front door and referrals so both identify a child the way the looked-after use cases do.
 */
public final class ChildrenReferred {
    private ChildrenReferred() {}

    /** Checks the child's details before anything is read: each is required. */
    public static void check(ChildDetails details, LocalDate today) {
        var v = new Violations();
        if (details == null) {
            v.add("child", "is required");
        } else {
            Child.check(v, "child.", details.localChildId(), details.dateOfBirth(), details.sex(), today);
        }
        v.throwIfAny();
    }

    /**
     * The known child, or a new one (not yet stored) when none is known.
     *
     * @throws Conflict when a different child (another date of birth) is known under the local child id
     */
    public static Child knownOrNew(Optional<Child> known, ChildDetails details) {
        if (known.isPresent() && !known.get().isSameChildAs(details.localChildId(), details.dateOfBirth())) {
            throw new Conflict("a different child is recorded under this local child id");
        }
        return known.orElseGet(() -> new Child(ChildId.newId(), details.localChildId(), details.upn(),
                details.nhsNumber(), details.dateOfBirth(), details.sex()));
    }
}
