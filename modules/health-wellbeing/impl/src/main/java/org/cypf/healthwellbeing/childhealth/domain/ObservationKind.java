package org.cypf.healthwellbeing.childhealth.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The kinds of child health observation, each with the code and amount it carries and their rules: birth weight in
 * grams; infant feeding status at the 6-8 week review (TOTALLY, PARTIALLY or NOT_AT_ALL breastfed); NCMP child
 * measurement (school year RECEPTION or YEAR_6, BMI centile 0-100); the oral health survey of five-year-olds
 * (decayed, missing and filled teeth, 0-20); MMR immunisation (MMR1 or MMR2).
 */
public enum ObservationKind {
    BIRTH_WEIGHT("births", "birthWeightGrams", List.of(), new BigDecimal("200"), new BigDecimal("7000")),
    INFANT_FEEDING("infant-feeding", null, List.of("TOTALLY", "PARTIALLY", "NOT_AT_ALL"), null, null),
    CHILD_MEASUREMENT("child-measurements", "bmiCentile", List.of("RECEPTION", "YEAR_6"), BigDecimal.ZERO,
            new BigDecimal("100")),
    ORAL_HEALTH("oral-health", "dmft", List.of(), BigDecimal.ZERO, new BigDecimal("20")),
    IMMUNISATION("immunisations", null, List.of("MMR1", "MMR2"), null, null);

    private final String fileName;
    private final String amountName;
    private final List<String> codes;
    private final BigDecimal min;
    private final BigDecimal max;

    ObservationKind(String fileName, String amountName, List<String> codes, BigDecimal min, BigDecimal max) {
        this.fileName = fileName;
        this.amountName = amountName;
        this.codes = codes;
        this.min = min;
        this.max = max;
    }

    /** The import's name in its path: births, infant-feeding, child-measurements, oral-health, immunisations. */
    public String fileName() {
        return fileName;
    }

    /** The domain name of the amount, or null when the kind carries none. */
    public String amountName() {
        return amountName;
    }

    /** The codes the kind allows; empty when it carries none. */
    public List<String> codes() {
        return codes;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public static ObservationKind byFileName(String name) {
        for (ObservationKind k : values()) {
            if (k.fileName.equals(name)) {
                return k;
            }
        }
        return null;
    }
}
