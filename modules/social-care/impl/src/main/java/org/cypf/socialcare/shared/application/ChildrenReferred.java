package org.cypf.socialcare.shared.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.api.lookedafter.ChildDetails;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;

/**
 * The child a contact or a referral is about: the one social care already knows under the local child id, or a new
 * one. The one place the front door and referrals find or create the child, so both identify a child the same way
 * (and the way a child starting to be looked after is identified).
 */
public final class ChildrenReferred {
    private final Children children;

    public ChildrenReferred(Children children) {
        this.children = children;
    }

    /**
     * Makes a record about the child {@code details} describe, inside the caller's unit of work: checks the details,
     * finds the child known under the local child id or makes a new one, and hands it to {@code record}, which
     * authorises the caller and makes the record. A new child is stored only once the record is made, so a refusal
     * stores nothing of the child.
     *
     * @throws Conflict when a different child (another date of birth) is known under the local child id
     */
    public <R> R about(ChildDetails details, LocalDate today, Function<Child, R> record) {
        check(details, today);
        Optional<Child> known = children.findByLocalChildId(details.localChildId());
        Child child = knownOrNew(known, details);
        R made = record.apply(child);
        if (known.isEmpty()) {
            children.add(child);
        }
        return made;
    }

    /** Checks the child's details before anything is read: each is required. */
    private static void check(ChildDetails details, LocalDate today) {
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
    private static Child knownOrNew(Optional<Child> known, ChildDetails details) {
        if (known.isPresent() && !known.get().isSameChildAs(details.localChildId(), details.dateOfBirth())) {
            throw new Conflict("a different child is recorded under this local child id");
        }
        return known.orElseGet(() -> new Child(ChildId.newId(), details.localChildId(), details.upn(),
                details.nhsNumber(), details.dateOfBirth(), details.sex()));
    }
}
