package org.cypf.educationskills.shared.domain;

import org.cypf.kernel.problem.InvalidInput;

/**
 * The UK provider reference number the UK Register of Learning Providers gives a college, training provider or
 * school: eight digits from 10000000. One definition, for the register's settings and alternative provision's
 * providers.
 */
public record Ukprn(int value) {
    public static final String FIELD = "ukprn";
    public static final int LOWEST = 10000000;
    public static final int HIGHEST = 19999999;

    public Ukprn {
        if (!isUkprn(value)) {
            throw InvalidInput.of(FIELD, "must be eight digits from 10000000");
        }
    }

    /** Whether {@code value} can be a UKPRN. */
    public static boolean isUkprn(Integer value) {
        return value != null && value >= LOWEST && value <= HIGHEST;
    }

    public static Ukprn parse(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{8}")) {
            throw InvalidInput.of(FIELD, s.isEmpty() ? "is required" : "must be eight digits from 10000000");
        }
        return new Ukprn(Integer.parseInt(s));
    }
}
