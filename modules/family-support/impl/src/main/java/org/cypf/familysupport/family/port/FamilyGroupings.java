package org.cypf.familysupport.family.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.cypf.familysupport.family.domain.Family;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.FamilyId;

/** Where family groupings are kept. Every method runs inside the caller's unit of work. */
public interface FamilyGroupings {
    /** The family, its rows locked against a concurrent change when {@code forUpdate}. */
    Optional<Family> find(FamilyId id, boolean forUpdate);

    /** The family each of {@code children} is in, for those in one. */
    Map<ChildId, FamilyId> familiesOf(Collection<ChildId> children);

    /**
     * Stores the family's children not stored yet. False, and nothing stored, when one of them is in a family
     * already (a concurrent change got there first).
     */
    boolean store(Family family);

    /** Stores the family's children as they now are, in order, after a child was removed from it. */
    void replace(Family family);
}
