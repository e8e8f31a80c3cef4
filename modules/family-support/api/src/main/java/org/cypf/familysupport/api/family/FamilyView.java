package org.cypf.familysupport.api.family;

import java.util.List;
import java.util.UUID;

/** A family grouping and its children, in the order they were recorded. */
public record FamilyView(UUID familyId, List<FamilyChild> children) {
    public FamilyView {
        children = List.copyOf(children);
    }
}
