package org.cypf.socialcare.api.measure;

/**
 * The measures social care computes for governance's scorecard, by the key a strategy's measure is bound to.
 * Each key's definition is documented where it is computed and returned in its provenance.
 */
public enum SocialCareMeasure {
    /** Children looked after at the end of the date (short breaks excluded). */
    CHILDREN_LOOKED_AFTER("social-care.children-looked-after"),
    /** The same per 10,000 children aged 0-17 of the configured child population. */
    CHILDREN_LOOKED_AFTER_RATE("social-care.children-looked-after-rate"),
    /*
     * Proportions of the children looked after at the end of the date, by the kind of their placement then (S004's
     * table). The seven kinds split the children between them, so they add up to 100 %; the mapping of SSDA903
     * placement types and providers is documented on PlacementKind (social care's domain).
     */
    /** In-house fostering: U4-U6 with the authority's own foster carers (PR1), %. */
    PLACEMENT_IN_HOUSE_FOSTERING("social-care.placement-in-house-fostering"),
    /** Agency fostering: U4-U6 with a private or voluntary provider (PR4, PR5), %. */
    PLACEMENT_AGENCY_FOSTERING("social-care.placement-agency-fostering"),
    /** Kinship: U1-U3, foster care with a relative or friend, any provider, %. */
    PLACEMENT_KINSHIP("social-care.placement-kinship"),
    /** In-house residential: K1, K2, R1 run by the authority (PR1), %. */
    PLACEMENT_IN_HOUSE_RESIDENTIAL("social-care.placement-in-house-residential"),
    /** Independent residential: K1, K2, R1 run privately or by the voluntary sector (PR4, PR5), %. */
    PLACEMENT_INDEPENDENT_RESIDENTIAL("social-care.placement-independent-residential"),
    /** Placed with parents: P1, %. */
    PLACEMENT_WITH_PARENTS("social-care.placement-with-parents"),
    /** Every other placement (adoption, supported accommodation, other authorities' provision, ...), %. */
    PLACEMENT_OTHER("social-care.placement-other"),
    /** Children looked after at the date with three or more placements in the 12 months to it, % (DfE A1). */
    PLACEMENT_STABILITY_THREE_OR_MORE("social-care.placement-stability-three-or-more"),
    /** Under-16s looked after 2.5 years or more who have lived with the same carer for 2 years or more, % (DfE A2). */
    PLACEMENT_STABILITY_LONG_TERM("social-care.placement-stability-long-term"),
    /** Missing-from-placement episodes (M) that began in the 12 months to the date (count). */
    MISSING_EPISODES("social-care.missing-episodes"),
    /** Children looked after during the 12 months to the date who went missing (M) in them, %. */
    CHILDREN_WHO_WENT_MISSING("social-care.children-who-went-missing"),
    /** Care leavers with their 19th, 20th or 21st birthday in the 12 months to the date in education, employment or training (OC3), %. */
    CARE_LEAVERS_IN_EET("social-care.care-leavers-in-eet"),
    /** The same care leavers in suitable accommodation (OC3 ACCOM ending 1), %. */
    CARE_LEAVERS_IN_SUITABLE_ACCOMMODATION("social-care.care-leavers-in-suitable-accommodation"),
    /** Children who ceased to be looked after in the 12 months to the date by returning home (E4A, E4B), % of all who ceased. */
    CEASED_RETURNED_HOME("social-care.ceased-returned-home"),
    /** Mean days from entering care to a permanent home, for children who reached one in the 12 months to the date. */
    AVERAGE_DAYS_TO_PERMANENT_HOME("social-care.average-days-to-permanent-home"),
    /** Family network meetings and family group conferences held in the 12 months to the date (count). */
    FAMILY_NETWORK_MEETINGS("social-care.family-network-meetings");

    private final String key;

    SocialCareMeasure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
