package org.cypf.educationskills.participation.domain;

import java.util.Set;
import org.cypf.kernel.problem.InvalidInput;

/**
 * An NCCIS activity code, as DOMAIN.md gives them: NEET active 540, 550, 610, 615, 616, 619; NEET inactive 620 young
 * carer, 630 teenage parent, 640 illness, 650 pregnancy, 660 religious grounds, 670 unlikely ever to be economically
 * active, 680 other; not known 810, 820, 830; 310 apprenticeship; 710 custody. The education, employment and training
 * codes are the 100 to 400 series (110 to 499). Any other code is refused rather than guessed.
 */
public record ActivityCode(int value) {
    public static final int APPRENTICESHIP = 310;
    public static final int CUSTODY = 710;
    static final Set<Integer> NEET_ACTIVE = Set.of(540, 550, 610, 615, 616, 619);
    static final Set<Integer> NEET_INACTIVE = Set.of(620, 630, 640, 650, 660, 670, 680);
    static final Set<Integer> NOT_KNOWN = Set.of(810, 820, 830);

    public ActivityCode {
        if (!(value >= 110 && value <= 499) && !NEET_ACTIVE.contains(value) && !NEET_INACTIVE.contains(value)
                && !NOT_KNOWN.contains(value) && value != CUSTODY) {
            throw InvalidInput.of("activityCode", "must be an NCCIS activity code: 110 to 499 (education, employment "
                    + "or training), 540, 550, 610, 615, 616, 619 (NEET active), 620 to 680 by tens (NEET inactive), "
                    + "710 (custody) or 810, 820, 830 (not known)");
        }
    }

    public static ActivityCode parse(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{3}")) {
            throw InvalidInput.of("activityCode", s.isEmpty() ? "is required" : "must be a three-digit NCCIS activity code");
        }
        return new ActivityCode(Integer.parseInt(s));
    }

    public ActivityGroup group() {
        if (NEET_ACTIVE.contains(value) || NEET_INACTIVE.contains(value)) {
            return ActivityGroup.NEET;
        }
        if (NOT_KNOWN.contains(value)) {
            return ActivityGroup.NOT_KNOWN;
        }
        return value == CUSTODY ? ActivityGroup.OTHER : ActivityGroup.EET;
    }

    public boolean isApprenticeship() {
        return value == APPRENTICESHIP;
    }
}
