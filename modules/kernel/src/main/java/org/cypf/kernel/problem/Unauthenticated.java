package org.cypf.kernel.problem;

/** The request does not say who is asking, so no child's record can be read or written. */
public final class Unauthenticated extends DomainProblem {
    public Unauthenticated(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Caller not identified";
    }
}
