package org.cypf.socialcare.api.measure;

/**
 * The measures social care computes from its front door, referrals, assessments and child protection work (the
 * children in need census's ground), by the key a strategy's measure is bound to. Each is documented where it is
 * computed and returns its definition in its provenance. Percentages are over the 12 months to the date (the day
 * a year before the date excluded, the date included), rounded half up to one decimal place, with the numerator
 * and denominator given; a period with nothing to count gives 0 of 0.
 */
public enum ChildrenInNeedMeasure {
    /** Contacts decided within one working day of receipt, % (received in the 12 months to the date). */
    CONTACTS_DECIDED_WITHIN_ONE_WORKING_DAY("social-care.contacts-decided-within-one-working-day"),
    /** Referrals within 12 months of a previous referral of the child, % of referrals in the 12 months to the date. */
    RE_REFERRALS_WITHIN_12_MONTHS("social-care.re-referrals-within-12-months"),
    /** Assessments authorised within 45 working days of the referral, % of those authorised in the 12 months. */
    ASSESSMENTS_WITHIN_45_WORKING_DAYS("social-care.assessments-within-45-working-days"),
    /** Initial conferences held within 15 working days of the last strategy discussion, % of those held in the 12 months. */
    ICPCS_WITHIN_15_WORKING_DAYS("social-care.icpcs-within-15-working-days"),
    /** Children the subject of a child protection plan at the end of the date. */
    CHILDREN_ON_CHILD_PROTECTION_PLANS("social-care.children-on-child-protection-plans"),
    /** The same per 10,000 children aged 0-17 of the configured child population. */
    CHILDREN_ON_CHILD_PROTECTION_PLANS_RATE("social-care.children-on-child-protection-plans-rate"),
    /** Plans started in the 12 months to the date that were second or subsequent plans for the child, %. */
    REPEAT_CHILD_PROTECTION_PLANS("social-care.repeat-child-protection-plans");

    private final String key;

    ChildrenInNeedMeasure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
