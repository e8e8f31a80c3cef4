package org.cypf.familysupport.api.familyhub;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A Family Hub as families see it: a public place, no one's record.
 *
 * @param locality the partnership's locality the hub serves; null until recorded
 * @param version  what a change of the hub quotes ({@link ReviseFamilyHub})
 */
public record FamilyHubView(UUID hubId, String name, String postcode, @Nullable String locality,
                            @Nullable LocalDate openedOn, long version) {}
