package org.cypf.familysupport.api.familyhub;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A Family Hub as families see it: a public place, no one's record.
 *
 * @param locality the partnership's locality the hub serves; null until recorded
 */
public record FamilyHubView(UUID hubId, String name, String postcode, String locality, LocalDate openedOn) {}
