package org.cypf.kernel.problem;

/** The thing asked for does not exist (or the caller may not know that it does). */
public final class NotFound extends DomainProblem {
    public NotFound(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Not found";
    }
}
