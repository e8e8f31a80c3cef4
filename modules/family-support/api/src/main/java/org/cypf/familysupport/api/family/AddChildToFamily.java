package org.cypf.familysupport.api.family;

import java.time.LocalDate;
import java.util.UUID;

/** A child added to a family grouping (a new baby, a half-sibling who comes to live with the family). */
public record AddChildToFamily(UUID familyId, String childId, LocalDate addedOn) {}
