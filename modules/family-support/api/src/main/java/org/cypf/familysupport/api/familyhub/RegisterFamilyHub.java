package org.cypf.familysupport.api.familyhub;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/**
 * A Family Hub to register in the directory: a public place, no one's record.
 *
 * @param name     the hub's name as families know it (1 to 200 characters; one hub to a name)
 * @param postcode where it is, a UK postcode in any letter case and spacing
 * @param locality the partnership's locality it serves (1 to 200 characters); null until decided
 * @param openedOn when it opened; null when not yet open or not known
 */
public record RegisterFamilyHub(String name, String postcode, @Nullable String locality,
                                @Nullable LocalDate openedOn) {}
