package org.cypf.kernel.problem;

/**
 * A refusal the client can act on. The HTTP adapters turn each kind into an RFC 9457 problem with its own status;
 * anything that is not a {@code DomainProblem} is a fault of ours (500) and never carries client data.
 */
public abstract sealed class DomainProblem extends RuntimeException
        permits InvalidInput, NotFound, StaleVersion, Conflict, AccessDenied, Unauthenticated {

    protected DomainProblem(String detail) {
        super(detail, null, false, false);
    }

    /** A short, stable title for the kind of problem. */
    public abstract String title();
}
