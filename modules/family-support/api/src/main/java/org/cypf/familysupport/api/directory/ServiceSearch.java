package org.cypf.familysupport.api.directory;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * What a family or practitioner looks for; every part is optional and all given parts must hold.
 *
 * @param age            a child's age in years: the service's eligibility range includes it
 * @param taxonomyTermId the service is tagged with this term
 * @param taxonomyId     the service is tagged with a term of this taxonomy
 * @param day            the service opens on this day
 * @param time           the service is open at this time (on {@code day} when given, on some day otherwise)
 * @param free           true: only services that cost nothing; false: only services with a cost; empty: either
 * @param text           words in the service's name or description
 * @param postcode       where the family searches from: services are ordered by the distance from this postcode to
 *                       their nearest place (those with no known place last). Used for the search, kept nowhere.
 * @param proximity      with a postcode: only services with a place within this many metres of it
 */
public record ServiceSearch(Optional<Integer> age, Optional<UUID> taxonomyTermId, Optional<UUID> taxonomyId,
                            Optional<DayOfWeek> day, Optional<LocalTime> time, Optional<Boolean> free,
                            Optional<String> text, @Sensitive(PERSONAL) Optional<String> postcode, Optional<Integer> proximity) {
    /** The widest distance a search may ask for, in metres: further than any family would travel to a hub. */
    public static final int MAX_PROXIMITY_METRES = 100_000;

    public static ServiceSearch everything() {
        return new ServiceSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same search from {@code postcode}, within {@code proximity} metres when given. */
    public ServiceSearch near(String postcode, Optional<Integer> proximity) {
        return new ServiceSearch(age, taxonomyTermId, taxonomyId, day, time, free, text, Optional.of(postcode),
                proximity);
    }
}
