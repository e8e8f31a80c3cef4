package org.cypf.familysupport.api.measure;

/**
 * The measures family support computes for governance's scorecard, by the key a strategy's measure is bound to.
 * Each key's definition is documented where it is computed and returned in its provenance.
 */
public enum FamilySupportMeasure {
    /** Early help episodes open at the end of the date (count). */
    EARLY_HELP_EPISODES_OPEN("family-support.early-help-episodes-open"),
    /** Early help episodes opened in the 12 months to the date (count). */
    EARLY_HELP_EPISODES_OPENED("family-support.early-help-episodes-opened"),
    /** Early help episodes closed in the 12 months to the date with every assessed need's outcome ACHIEVED, %. */
    EARLY_HELP_CLOSED_WITH_OUTCOMES_ACHIEVED("family-support.early-help-closed-with-outcomes-achieved"),
    /**
     * Families counted as a successful outcome under the Supporting Families framework's rule, by sustained-outcome
     * checks recorded in the 12 months to the date, % of the checks recorded (numerator: successful families).
     */
    SUCCESSFUL_FAMILY_OUTCOMES("family-support.successful-family-outcomes"),
    /** Early help episodes stepped up to children's social care in the 12 months to the date (count). */
    STEP_UPS_TO_SOCIAL_CARE("family-support.step-ups-to-social-care"),
    /**
     * Early help episodes opened in the 12 months to the date for a child whose earlier episode had closed in the 12
     * months before, % of the episodes opened.
     */
    EARLY_HELP_RE_REFERRALS("family-support.early-help-re-referrals"),
    /**
     * Requests for support received in the 12 months to the date and triaged within the response target (5 working
     * days of receipt, ADR 0067), % of those received whose target date has passed or that were triaged.
     */
    REQUESTS_RESPONDED_TO_WITHIN_TARGET("family-support.requests-responded-to-within-target"),
    /** Children who attended a session of any programme in the 12 months to the date (count). */
    PROGRAMME_CHILDREN_ATTENDING("family-support.programme-children-attending"),
    /** Children who attended a Holiday Activities and Food session in the 12 months to the date (count). */
    HAF_CHILDREN_ATTENDING("family-support.haf-children-attending"),
    /**
     * Of the children attending Holiday Activities and Food in the 12 months to the date whose free school meals
     * eligibility is known, % eligible (numerator: eligible children).
     */
    HAF_CHILDREN_ATTENDING_ELIGIBLE_FOR_FREE_SCHOOL_MEALS(
            "family-support.haf-children-attending-eligible-for-free-school-meals"),
    /*
     * Outcomes by Supporting Families headline, one measure each (OUTCOME_ACHIEVED_ and the headline's code): of the
     * early help episodes closed in the 12 months to the date that assessed a need under the headline, % whose
     * outcome under it was ACHIEVED at closure (numerator: those achieved).
     */
    OUTCOME_ACHIEVED_GOOD_EDUCATION("family-support.early-help-outcome-achieved-good-education"),
    OUTCOME_ACHIEVED_GOOD_EARLY_YEARS_DEVELOPMENT("family-support.early-help-outcome-achieved-good-early-years-development"),
    OUTCOME_ACHIEVED_IMPROVED_MENTAL_AND_PHYSICAL_HEALTH("family-support.early-help-outcome-achieved-improved-mental-and-physical-health"),
    OUTCOME_ACHIEVED_RECOVERY_FROM_SUBSTANCE_MISUSE("family-support.early-help-outcome-achieved-recovery-from-substance-misuse"),
    OUTCOME_ACHIEVED_IMPROVED_FAMILY_RELATIONSHIPS("family-support.early-help-outcome-achieved-improved-family-relationships"),
    OUTCOME_ACHIEVED_SAFE_FROM_ABUSE_AND_EXPLOITATION("family-support.early-help-outcome-achieved-safe-from-abuse-and-exploitation"),
    OUTCOME_ACHIEVED_CRIME_PREVENTION("family-support.early-help-outcome-achieved-crime-prevention"),
    OUTCOME_ACHIEVED_SAFE_FROM_DOMESTIC_ABUSE("family-support.early-help-outcome-achieved-safe-from-domestic-abuse"),
    OUTCOME_ACHIEVED_SECURE_HOUSING("family-support.early-help-outcome-achieved-secure-housing"),
    OUTCOME_ACHIEVED_FINANCIAL_STABILITY("family-support.early-help-outcome-achieved-financial-stability");

    private static final String OUTCOME_ACHIEVED = "OUTCOME_ACHIEVED_";

    private final String key;

    FamilySupportMeasure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The outcomes-achieved measure of a Supporting Families headline, by its code ({@code GOOD_EDUCATION}). */
    public static FamilySupportMeasure outcomeAchievedUnder(String headlineCode) {
        return valueOf(OUTCOME_ACHIEVED + headlineCode);
    }
}
