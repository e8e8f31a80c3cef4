package org.cypf.governance.access.domain;

import java.util.Objects;
import java.util.Set;

/**
 * What one role may do with one context's children's records.
 *
 * @param read       record types the role may see, in the context's own words; {@value #EVERY_RECORD} for all of them
 * @param write      record types the role may create or change; {@value #EVERY_RECORD} for all of them
 * @param imports    record types the role may load from a file, many children's at once (ADR 0029); a write grant
 *                   does not cover it
 * @param aggregates whether the role sees the context's counts and rates (scorecards), which name no child
 * @param partnershipWide whether the role's lists of the context's records show every child's, not only those of the
 *                   children its holder is involved with (ADR 0033); opening one child's record still needs involvement
 */
public record ContextGrant(Set<String> read, Set<String> write, Set<String> imports, boolean aggregates,
                           boolean partnershipWide) {
    /** Every record type the context holds, present and future. */
    public static final String EVERY_RECORD = "*";

    public ContextGrant {
        read = Set.copyOf(Objects.requireNonNull(read, "read"));
        write = Set.copyOf(Objects.requireNonNull(write, "write"));
        imports = Set.copyOf(Objects.requireNonNull(imports, "imports"));
    }

    /** A grant that imports nothing. */
    public ContextGrant(Set<String> read, Set<String> write, boolean aggregates, boolean partnershipWide) {
        this(read, write, Set.of(), aggregates, partnershipWide);
    }

    /** A grant whose lists show only the children its holder is involved with. */
    public ContextGrant(Set<String> read, Set<String> write, boolean aggregates) {
        this(read, write, aggregates, false);
    }

    public boolean permits(Operation operation, String recordType) {
        Set<String> types = switch (operation) {
            case READ -> read;
            case WRITE -> write;
            case IMPORT -> imports;
        };
        return types.contains(EVERY_RECORD) || types.contains(recordType);
    }

    /** Whether the role sees any child's record in the context at all (analysts and board members do not). */
    public boolean anyRecord() {
        return !read.isEmpty() || !write.isEmpty();
    }
}
