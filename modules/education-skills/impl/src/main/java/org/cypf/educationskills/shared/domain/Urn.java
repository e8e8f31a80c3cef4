package org.cypf.educationskills.shared.domain;

import org.cypf.kernel.problem.InvalidInput;

/** The unique reference number GIAS gives every establishment: six digits, never reused. */
public record Urn(int value) {
    public static final String FIELD = "urn";

    public Urn {
        if (value < 100000 || value > 999999) {
            throw InvalidInput.of(FIELD, "must be six digits");
        }
    }

    public static Urn parse(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{6}")) {
            throw InvalidInput.of(FIELD, s.isEmpty() ? "is required" : "must be six digits");
        }
        return new Urn(Integer.parseInt(s));
    }
}
