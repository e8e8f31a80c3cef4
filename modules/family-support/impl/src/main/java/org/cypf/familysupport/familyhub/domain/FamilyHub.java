package org.cypf.familysupport.familyhub.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.place.Postcode;

/**
 * A Family Hub: a place where families get help, from birth to 19 (25 with SEND).
 *
 * @param locality the partnership's locality the hub serves ("Stoke North"); null until recorded
 */
public record FamilyHub(UUID id, String name, Postcode postcode, String locality, LocalDate openedOn) {
    /** The longest locality name kept (the column's check). */
    public static final int MAX_LOCALITY = 200;
}
