package org.cypf.familysupport.familyhub.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.Violations;

/**
 * A Family Hub: a place where families get help, from birth to 19 (25 with SEND).
 *
 * @param locality the partnership's locality the hub serves ("Stoke North"); null until recorded
 * @param version  moved on by one with each change of the hub (its opening times are kept apart)
 */
public record FamilyHub(UUID id, String name, Postcode postcode, String locality, LocalDate openedOn, long version) {
    /** The longest locality name kept (the column's check). */
    public static final int MAX_LOCALITY = 200;
    /** The longest hub name kept: a name families read on a sign, bounded like the locality's. */
    public static final int MAX_NAME = 200;

    /**
     * A hub as a directory manager describes it, its text stripped, refused whole naming each broken rule
     * ({@code name}, {@code postcode}, {@code locality}).
     */
    public static FamilyHub described(UUID id, String name, String postcode, String locality, LocalDate openedOn,
                                      long version) {
        var v = new Violations();
        String named = name == null ? null : name.strip();
        if (named == null || named.isEmpty()) {
            v.add("name", "is required");
        } else {
            v.check(named.length() <= MAX_NAME, "name", "must be at most " + MAX_NAME + " characters");
        }
        Postcode at = v.required("postcode", postcode, Postcode::parse);
        String serving = locality == null ? null : locality.strip();
        v.check(serving == null || (!serving.isEmpty() && serving.length() <= MAX_LOCALITY), "locality",
                "must be a locality's name of 1 to " + MAX_LOCALITY + " characters, or left out");
        v.throwIfAny();
        return new FamilyHub(id, named, at, serving, openedOn, version);
    }
}
