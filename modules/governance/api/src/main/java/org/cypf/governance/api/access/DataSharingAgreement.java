package org.cypf.governance.api.access;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A data-sharing agreement between partner organisations: the lawful basis on which one party's practitioners see
 * another's children's records. Configured by the partnership (the application's {@code governance.agreements});
 * governance's access policy permits a record only to a role that allows it, of an organisation party to an
 * agreement in force covering the record's context (and the purpose, when the caller names one of its purposes).
 *
 * @param id        stable reference, audited with each access it allowed, e.g. {@code DSA-SAFEGUARDING}
 * @param parties   the organisations party to it, as tokens name them ({@code council}, {@code nhs})
 * @param contexts  the contexts whose records it covers ({@code social-care}, ...)
 * @param purposes  what the sharing is for, e.g. {@code safeguarding}, {@code family-support}
 * @param validFrom the first day it is in force
 * @param validTo   the last day it is in force; null while it has no end date
 */
public record DataSharingAgreement(String id, Set<String> parties, Set<String> contexts, Set<String> purposes,
                                   LocalDate validFrom, LocalDate validTo) {
    public DataSharingAgreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        parties = Set.copyOf(Objects.requireNonNull(parties, "parties"));
        contexts = Set.copyOf(Objects.requireNonNull(contexts, "contexts"));
        purposes = Set.copyOf(Objects.requireNonNull(purposes, "purposes"));
        if (!id.matches("[A-Z0-9]+(-[A-Z0-9]+)*")) {
            throw new IllegalArgumentException("an agreement's id is upper-case with dashes, e.g. DSA-SAFEGUARDING: " + id);
        }
        if (parties.isEmpty() || contexts.isEmpty() || purposes.isEmpty()) {
            throw new IllegalArgumentException("the agreement " + id + " needs parties, contexts and purposes");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("the agreement " + id + " ends before it starts");
        }
    }
}
