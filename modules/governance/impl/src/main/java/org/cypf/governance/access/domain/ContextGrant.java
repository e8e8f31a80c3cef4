package org.cypf.governance.access.domain;

import java.util.Objects;
import java.util.Set;

/**
 * What one role may do with one context's children's records.
 *
 * @param read       record types the role may see, in the context's own words; {@value #EVERY_RECORD} for all of them
 * @param write      record types the role may create or change; {@value #EVERY_RECORD} for all of them
 * @param aggregates whether the role sees the context's counts and rates (scorecards), which name no child
 */
public record ContextGrant(Set<String> read, Set<String> write, boolean aggregates) {
    /** Every record type the context holds, present and future. */
    public static final String EVERY_RECORD = "*";

    public ContextGrant {
        read = Set.copyOf(Objects.requireNonNull(read, "read"));
        write = Set.copyOf(Objects.requireNonNull(write, "write"));
    }

    public boolean permits(Operation operation, String recordType) {
        Set<String> types = operation == Operation.READ ? read : write;
        return types.contains(EVERY_RECORD) || types.contains(recordType);
    }

    /** Whether the role sees any child's record in the context at all (analysts and board members do not). */
    public boolean anyRecord() {
        return !read.isEmpty() || !write.isEmpty();
    }
}
