package org.cypf.governance.access.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A data-sharing agreement as the policy reads it: the lawful basis on which the parties' practitioners see one
 * another's records of the contexts it covers, for its purposes, while it is in force.
 *
 * @param validTo the last day it is in force; null while it has no end date
 */
public record Agreement(String id, Set<String> parties, Set<String> contexts, Set<String> purposes,
                        LocalDate validFrom, LocalDate validTo) {
    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(validFrom, "validFrom");
        parties = Set.copyOf(parties);
        contexts = Set.copyOf(contexts);
        purposes = Set.copyOf(purposes);
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("the agreement " + id + " ends before it starts");
        }
    }

    /** Whether it gives {@code organisation} a lawful basis for {@code context} on {@code date}, for {@code purpose} if named. */
    public boolean covers(String organisation, String context, String purpose, LocalDate date) {
        return parties.contains(organisation) && contexts.contains(context)
                && (purpose == null || purposes.contains(purpose))
                && !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
