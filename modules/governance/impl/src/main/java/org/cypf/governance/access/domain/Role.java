package org.cypf.governance.access.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A role a partner's practitioner holds (social worker, health visitor, auditor, ...) and what it allows, per
 * context. A role alone never opens a record: the organisation must also be party to a data-sharing agreement.
 *
 * @param id     the role's name in tokens and headers, kebab-case, e.g. {@code social-worker}
 * @param grants by context name ({@code social-care}); a context not named is closed to the role
 */
public record Role(String id, String title, Map<String, ContextGrant> grants) {
    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (!id.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a role's id is kebab-case, e.g. social-worker: " + id);
        }
        grants = Map.copyOf(grants);
    }

    public Optional<ContextGrant> in(String context) {
        return Optional.ofNullable(grants.get(context));
    }

    public boolean permits(String context, Operation operation, String recordType) {
        return in(context).map(g -> g.permits(operation, recordType)).orElse(false);
    }

    public boolean seesAggregates(String context) {
        return in(context).map(ContextGrant::aggregates).orElse(false);
    }
}
