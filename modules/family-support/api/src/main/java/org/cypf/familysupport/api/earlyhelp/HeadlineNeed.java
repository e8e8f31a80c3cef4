package org.cypf.familysupport.api.earlyhelp;

/**
 * A need the whole-family assessment found under a Supporting Families headline.
 *
 * @param headline GOOD_EDUCATION, GOOD_EARLY_YEARS_DEVELOPMENT, IMPROVED_MENTAL_AND_PHYSICAL_HEALTH,
 *                 RECOVERY_FROM_SUBSTANCE_MISUSE, IMPROVED_FAMILY_RELATIONSHIPS, SAFE_FROM_ABUSE_AND_EXPLOITATION,
 *                 CRIME_PREVENTION, SAFE_FROM_DOMESTIC_ABUSE, SECURE_HOUSING or FINANCIAL_STABILITY
 */
public record HeadlineNeed(String headline, String need) {}
