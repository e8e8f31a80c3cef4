package org.cypf.educationskills.alternativeprovision.domain;

import org.cypf.educationskills.shared.domain.Ukprn;
import org.cypf.kernel.problem.InvalidInput;

/**
 * The provider a pupil is placed with: its URN (six digits, from Get Information about Schools) or its UK provider
 * reference number (UKPRN, eight digits from 10000000, from the UK Register of Learning Providers), or both.
 */
public record ApProvider(Integer urn, Integer ukprn) {
    public static final int LOWEST_URN = 100000;
    public static final int HIGHEST_URN = 999999;
    public static final int LOWEST_UKPRN = Ukprn.LOWEST;
    public static final int HIGHEST_UKPRN = Ukprn.HIGHEST;

    /** Whether {@code urn} can be a URN. */
    public static boolean isUrn(Integer urn) {
        return urn != null && urn >= LOWEST_URN && urn <= HIGHEST_URN;
    }

    /** Whether {@code ukprn} can be a UKPRN. */
    public static boolean isUkprn(Integer ukprn) {
        return Ukprn.isUkprn(ukprn);
    }

    /** A provider named in a path: six digits are a URN, eight digits from 10000000 a UKPRN. */
    public static ApProvider parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.matches("\\d{6}")) {
            return new ApProvider(Integer.parseInt(s), null);
        }
        if (s.matches("1\\d{7}")) {
            return new ApProvider(null, Integer.parseInt(s));
        }
        throw InvalidInput.of("provider", s.isEmpty() ? "is required"
                : "must be a URN (six digits) or a UKPRN (eight digits from 10000000)");
    }
}
