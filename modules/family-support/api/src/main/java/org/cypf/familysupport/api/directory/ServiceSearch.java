package org.cypf.familysupport.api.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

/**
 * What a family or practitioner looks for; every part is optional and all given parts must hold.
 *
 * @param age            a child's age in years: the service's eligibility range includes it
 * @param taxonomyTermId the service is tagged with this term
 * @param taxonomyId     the service is tagged with a term of this taxonomy
 * @param day            the service opens on this day
 * @param time           the service is open at this time (on {@code day} when given, on some day otherwise)
 * @param freeOnly       only services that cost nothing
 * @param text           words in the service's name or description
 */
public record ServiceSearch(Optional<Integer> age, Optional<UUID> taxonomyTermId, Optional<UUID> taxonomyId,
                            Optional<DayOfWeek> day, Optional<LocalTime> time, boolean freeOnly,
                            Optional<String> text) {
    public static ServiceSearch everything() {
        return new ServiceSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty());
    }
}
