package org.cypf.socialcare.api.measure;

/**
 * The measures social care computes for governance's scorecard, by the key a strategy's measure is bound to.
 * Each key's definition is documented where it is computed and returned in its provenance.
 */
public enum SocialCareMeasure {
    /** Children looked after at the end of the date (short breaks excluded). */
    CHILDREN_LOOKED_AFTER("social-care.children-looked-after"),
    /** The same per 10,000 children aged 0-17 of the configured child population. */
    CHILDREN_LOOKED_AFTER_RATE("social-care.children-looked-after-rate");

    private final String key;

    SocialCareMeasure(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
