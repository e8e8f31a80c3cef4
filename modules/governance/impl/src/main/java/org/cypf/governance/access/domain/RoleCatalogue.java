package org.cypf.governance.access.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every role CYPF knows, in the order the catalogue lists them (the order of the published access table). */
public final class RoleCatalogue {
    private final Map<String, Role> roles = new LinkedHashMap<>();

    public RoleCatalogue(List<Role> roles) {
        for (Role role : roles) {
            if (this.roles.putIfAbsent(role.id(), role) != null) {
                throw new IllegalArgumentException("the role " + role.id() + " is defined twice");
            }
        }
    }

    public Optional<Role> role(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    public List<Role> all() {
        return List.copyOf(roles.values());
    }
}
