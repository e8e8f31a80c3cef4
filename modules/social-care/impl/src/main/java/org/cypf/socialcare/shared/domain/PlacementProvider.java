package org.cypf.socialcare.shared.domain;

import java.util.List;
import java.util.Objects;

/**
 * An SSDA903 placement provider (PLACE_PROVIDER) and the rules that hang on it, each stated once here (ADR 0019).
 *
 * @param code the code as the return writes it, e.g. PR1
 */
public record PlacementProvider(String code) {
    private static final String PARENTS = "PR0";
    private static final String OWN_AUTHORITY = "PR1";
    /** PR4 private, PR5 voluntary: independent providers (fostering agencies, independent homes). */
    private static final List<String> INDEPENDENT = List.of("PR4", "PR5");

    public PlacementProvider {
        Objects.requireNonNull(code, "code");
    }

    public static PlacementProvider of(String code) {
        return new PlacementProvider(code);
    }

    /** PR0: the child's parents, the provider of a placement with parents (P1) and of no other. */
    public boolean isParents() {
        return PARENTS.equals(code);
    }

    /** PR1: the authority's own provision (its foster carers, its homes). */
    public boolean isOwnAuthority() {
        return OWN_AUTHORITY.equals(code);
    }

    /** PR4, PR5: a private or voluntary provider. */
    public boolean isIndependent() {
        return INDEPENDENT.contains(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
