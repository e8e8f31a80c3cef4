package org.cypf.familysupport.api.family;

import java.util.UUID;

/**
 * A child taken out of a family grouping (recorded in the wrong family, or gone to live with another family). The
 * family's last child cannot be removed: requests for support and early help episodes name the family, so a grouping
 * keeps at least one child (ADR 0086).
 */
public record RemoveChildFromFamily(UUID familyId, String childId) {}
