package org.cypf.familysupport.api.family;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * Family groupings: which children are siblings in one family, so that a request for support and an early help
 * episode can name the family ({@code familyId}) and their readers can find its other children. Every child named is
 * a child's record: each is authorised and audited on its own through the access port.
 */
public interface Families {
    /** Forms a family of the children; each is authorised (and audited) for the change. */
    FamilyView form(Caller caller, FormFamily command);

    /** Adds a child to the family; the child added and every child already in it are authorised. */
    FamilyView addChild(Caller caller, AddChildToFamily command);

    /**
     * Removes a child from the family; every child in it (the one removed too) is authorised (and audited) for the
     * change, as for an addition. Refused naming {@code childId} when the child is not one of the family's children,
     * or is its last: a family grouping that requests and episodes name keeps at least one child.
     */
    FamilyView removeChild(Caller caller, RemoveChildFromFamily command);

    /** The family's children; each child is authorised and audited for the read, one refusal refuses the read. */
    FamilyView family(Caller caller, UUID familyId);
}
