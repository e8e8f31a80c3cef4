package org.cypf.healthwellbeing.mentalhealth.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The age bands OHID's Fingertips reports hospital admissions for self-harm in (age at admission), each with its
 * weight in the 2013 European Standard Population, which the 10-24 rate is directly standardised by.
 */
public enum AgeBand {
    AGED_10_TO_14("10-14", 5_500),
    AGED_15_TO_19("15-19", 5_500),
    AGED_20_TO_24("20-24", 6_000);

    private final String label;
    private final int standardPopulation;

    AgeBand(String label, int standardPopulation) {
        this.label = label;
        this.standardPopulation = standardPopulation;
    }

    /** As Fingertips and the table write it: {@code 10-14}. */
    public String label() {
        return label;
    }

    /** The band's population in the 2013 European Standard Population (of 100,000). */
    public int standardPopulation() {
        return standardPopulation;
    }

    public static Optional<AgeBand> byLabel(String label) {
        return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst();
    }
}
