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

    /**
     * For lists: each child in {@code children} is authorised and audited; one refusal refuses the whole list. An
     * empty list is still decided for the record type and audited once, naming no child (ADR 0033).
     */
    void authoriseAll(Caller caller, AccessIntent intent, Collection<ChildId> children);

    /**
     * A record of the intent's type was asked for by an id that names none. Decided and audited as the same request
     * for an existing record would be, naming no child, so that a caller who would be refused is refused alike
     * (403) whether or not the record exists; only a caller who could have seen it may learn that it does not (the
     * use case then answers 404) (ADR 0033). A person must be one whose role lets them see every child's records of
     * the type ({@link ListScope#wholePartnership()}), or break glass with a reason: nobody is involved with a child
     * who is not there.
     *
     * @throws org.cypf.kernel.problem.AccessDenied when the policy refuses (and after auditing the refusal)
     */
    void authoriseMissing(Caller caller, AccessIntent intent);

    /**
     * Which children's records of the intent's type (a LIST) the caller may see listed: every child's, for CYPF's
     * components and roles the policy makes partnership-wide for the context; otherwise only the children the caller
     * is involved with on {@code date} (ADR 0033). Asked before the list is read, so the context filters and pages in
     * its query; the children then shown are audited through {@link #authoriseAll}.
     *
     * @throws org.cypf.kernel.problem.AccessDenied when no role and agreement allow such a list (after auditing)
     */
    ListScope listScope(Caller caller, AccessIntent intent, java.time.LocalDate date);

    /**
     * This port bound to one context's name, for that context's use cases: called once, in the context's assembly class,
     * with the name the class states ({@code access.boundTo(NAME)}). See {@link ContextRecordAccess}.
     */
    default ContextRecordAccess boundTo(String context) {
        return ContextRecordAccess.bind(context, this);
    }
}
