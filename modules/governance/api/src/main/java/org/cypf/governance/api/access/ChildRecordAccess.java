package org.cypf.governance.api.access;

import java.util.Collection;
import org.cypf.kernel.identity.ChildId;

/**
 * The one door to a child's record. Every use case that reads or writes a child's record calls it first, inside
 * its unit of work: the access policy decides, and the decision is audited (who, which organisation, what, which
 * child, when, why). A permitted access is audited in the caller's transaction, so an access that rolls back leaves
 * no trace of a change that never happened; a denial is audited on its own and then thrown.
 *
 * <p>Governance implements it; a context's use cases do not use it directly but through {@link ContextRecordAccess},
 * bound to the context's name in its assembly class (rule ACCESS-02).
 */
public interface ChildRecordAccess {

    /** @throws org.cypf.kernel.problem.AccessDenied when the policy refuses (and after auditing the refusal) */
    void authorise(Caller caller, AccessIntent intent, ChildId child);

    /** For lists: each child in {@code children} is authorised and audited; one refusal refuses the whole list. */
    void authoriseAll(Caller caller, AccessIntent intent, Collection<ChildId> children);

    /**
     * This port bound to one context's name, for that context's use cases: called once, in the context's assembly class,
     * with the name the class states ({@code access.boundTo(NAME)}). See {@link ContextRecordAccess}.
     */
    default ContextRecordAccess boundTo(String context) {
        return ContextRecordAccess.bind(context, this);
    }
}
