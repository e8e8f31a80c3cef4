package org.cypf.governance.api.access;

import java.util.Collection;
import java.util.Objects;
import org.cypf.kernel.identity.ChildId;

/** Governance's port with a context's name filled in: what {@link ContextRecordAccess#bind} returns. */
record BoundRecordAccess(String context, ChildRecordAccess port) implements ContextRecordAccess {

    BoundRecordAccess {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(port, "port");
        if (!context.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a context's name is lower-case kebab-case, e.g. social-care: " + context);
        }
    }

    @Override
    public void authorise(Caller caller, RecordIntent intent, ChildId child) {
        port.authorise(caller, intent.in(context), child);
    }

    @Override
    public void authoriseAll(Caller caller, RecordIntent intent, Collection<ChildId> children) {
        port.authoriseAll(caller, intent.in(context), children);
    }

    @Override
    public void authoriseMissing(Caller caller, RecordIntent intent) {
        port.authoriseMissing(caller, intent.in(context));
    }

    @Override
    public ListScope listScope(Caller caller, RecordIntent intent, java.time.LocalDate date) {
        return port.listScope(caller, intent.in(context), date);
    }
}
