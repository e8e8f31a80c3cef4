package org.cypf.kernel.problem;

/** Optimistic locking: the client changed a record from a version that someone else has since replaced. */
public final class StaleVersion extends DomainProblem {
    public StaleVersion(String what, long expectedVersion) {
        super(what + " has changed since version " + expectedVersion + "; read it again and reapply the change");
    }

    @Override
    public String title() {
        return "Stale version";
    }
}
