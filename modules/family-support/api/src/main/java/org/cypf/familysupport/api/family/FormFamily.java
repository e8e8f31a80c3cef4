package org.cypf.familysupport.api.family;

import java.time.LocalDate;
import java.util.List;

/**
 * A family grouping of siblings, so that a request for support and an early help episode about one child can name
 * the family's other children.
 *
 * @param childIds the children's partnership identifiers (kernel ChildId), each once, at most 20; none may
 *                 already be in a family grouping
 * @param formedOn when the practitioner recorded the children as one family
 */
public record FormFamily(List<String> childIds, LocalDate formedOn) {
    public FormFamily {
        childIds = childIds == null ? List.of() : List.copyOf(childIds);
    }
}
