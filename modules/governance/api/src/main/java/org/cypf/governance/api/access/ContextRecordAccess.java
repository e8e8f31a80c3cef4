package org.cypf.governance.api.access;

import java.util.Collection;
import org.cypf.kernel.identity.ChildId;

/**
 * Governance's access port as one context's use cases see it: bound once, in the context's assembly class, to the
 * context's name ({@code access.boundTo(SocialCareContext.NAME)}). Every access it authorises is decided and audited
 * under that name and no other, so a use case cannot audit as another context, and the name is written in one place
 * rather than in every service (ADR 0006, ADR 0014; rule ACCESS-02).
 */
public interface ContextRecordAccess {

    /** The name of the context whose records this port guards, e.g. {@code social-care}. */
    String context();

    /** @throws org.cypf.kernel.problem.AccessDenied when the policy refuses (and after auditing the refusal) */
    void authorise(Caller caller, RecordIntent intent, ChildId child);

    /** For lists: each child is authorised and audited; one refusal refuses the whole list. */
    void authoriseAll(Caller caller, RecordIntent intent, Collection<ChildId> children);

    /** See {@link ChildRecordAccess#authoriseMissing}: before a use case answers that a record does not exist. */
    void authoriseMissing(Caller caller, RecordIntent intent);

    /** See {@link ChildRecordAccess#listScope}: which children's records a list may show the caller. */
    ListScope listScope(Caller caller, RecordIntent intent, java.time.LocalDate date);

    /** Binds governance's {@code port} to {@code context}, a context's name in kebab-case ({@code social-care}). */
    static ContextRecordAccess bind(String context, ChildRecordAccess port) {
        return new BoundRecordAccess(context, port);
    }
}
