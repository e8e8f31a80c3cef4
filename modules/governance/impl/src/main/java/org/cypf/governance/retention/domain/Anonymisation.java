package org.cypf.governance.retention.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Conflict;

/**
 * A reviewed anonymisation of one record (ADR 0034): proposed by one person, approved by another, then carried out
 * through the record's context. Two people, because anonymising cannot be undone: the approver checks the proposer's
 * reading of the rule and the record, as the four-eyes principle of the records management codes asks of disposal.
 *
 * @param approvedBy   null until approved
 * @param carriedOutAt null until the record's context has anonymised it
 */
public record Anonymisation(UUID id, String context, String recordType, UUID recordId, String rule, LocalDate dueOn,
                            String reason, Person proposedBy, Instant proposedAt, Person approvedBy,
                            Instant carriedOutAt) {
    public static final String PROPOSED = "PROPOSED";
    public static final String CARRIED_OUT = "CARRIED_OUT";
    public static final String SEPARATION_OF_DUTIES = "SEPARATION-OF-DUTIES";

    /** Someone who took a step: a user of a partner organisation. */
    public record Person(String userId, String organisation) {
        public Person {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(organisation, "organisation");
        }

        boolean sameAs(Person other) {
            return userId.equals(other.userId) && organisation.equalsIgnoreCase(other.organisation);
        }
    }

    public static Anonymisation proposed(UUID id, String context, String recordType, UUID recordId, String rule,
                                         LocalDate dueOn, String reason, Person proposer, Instant at) {
        return new Anonymisation(id, context, recordType, recordId, rule, dueOn, reason, proposer, at, null, null);
    }

    public String status() {
        return carriedOutAt == null ? PROPOSED : CARRIED_OUT;
    }

    /**
     * Checks that {@code approver} may approve this proposal: not carried out already, and not the person who
     * proposed it.
     */
    public void checkApprovableBy(Person approver) {
        if (carriedOutAt != null) {
            throw new Conflict("anonymisation " + id + " was carried out already");
        }
        if (approver.sameAs(proposedBy)) {
            throw new AccessDenied("an anonymisation is approved by someone other than the person who proposed it"
                    + " (rule " + SEPARATION_OF_DUTIES + ")");
        }
    }

    /** This proposal, approved by {@code approver} and carried out at {@code at}. */
    public Anonymisation carriedOut(Person approver, Instant at) {
        checkApprovableBy(approver);
        return new Anonymisation(id, context, recordType, recordId, rule, dueOn, reason, proposedBy, proposedAt,
                approver, at);
    }
}
