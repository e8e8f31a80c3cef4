package org.cypf.educationskills.results.domain;

import java.util.Locale;
import org.cypf.kernel.problem.InvalidInput;

/**
 * The KS2 writing teacher assessment, in the Standards and Testing Agency's codes: working at greater depth (GDS), at
 * the expected standard (EXS), working towards it (WTS), the pre-key stage standards (PK1 to PK6), below them (BLW),
 * absent (A) or disapplied (D). Only GDS and EXS meet the expected standard; only GDS the higher standard.
 */
public enum WritingAssessment {
    GDS, EXS, WTS, PK1, PK2, PK3, PK4, PK5, PK6, BLW, A, D;

    public static WritingAssessment parse(String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (WritingAssessment w : values()) {
            if (w.name().equals(code)) {
                return w;
            }
        }
        throw InvalidInput.of("writing", code.isEmpty() ? "is required"
                : "must be a writing teacher assessment code: GDS, EXS, WTS, PK1 to PK6, BLW, A or D");
    }

    public boolean meetsExpectedStandard() {
        return this == GDS || this == EXS;
    }

    public boolean meetsHigherStandard() {
        return this == GDS;
    }
}
