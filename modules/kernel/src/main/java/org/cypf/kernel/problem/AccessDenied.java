package org.cypf.kernel.problem;

/** The access policy refused the caller. The detail names the rule, never the child. */
public final class AccessDenied extends DomainProblem {
    public AccessDenied(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Access denied";
    }
}
