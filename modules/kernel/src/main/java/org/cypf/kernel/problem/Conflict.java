package org.cypf.kernel.problem;

/** The request is well formed but contradicts what is already recorded (for example a child already in care). */
public final class Conflict extends DomainProblem {
    public Conflict(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Conflict with recorded state";
    }
}
