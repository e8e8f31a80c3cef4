package org.cypf.kernel.identity;

import org.cypf.kernel.problem.InvalidInput;

/**
 * The NHS number: the national identifier of a patient in England and Wales, and the identifier services are expected to
 * share when exchanging information about a child, so the child can be matched across health, care and education. Ten
 * digits, the last a modulus 11 check digit, which catches most mistyped or transposed digits before two services'
 * records are wrongly joined.
 *
 * <p>Only the form and the check digit are verified; whether the number was ever issued is for the Personal Demographics
 * Service to say. {@link #toString()} never shows the number, so a logged object leaks nothing; use {@link #value()} or
 * {@link #formatted()} on purpose.
 *
 * @param value the ten digits, without spaces
 */
public record NhsNumber(String value) {
    static final String FIELD = "nhsNumber";

    public NhsNumber {
        if (value == null || value.isEmpty()) {
            throw InvalidInput.of(FIELD, "is required");
        }
        if (value.length() != 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidInput.of(FIELD, "must be 10 digits");
        }
        if (checkDigit(value) != value.charAt(9) - '0') {
            throw InvalidInput.of(FIELD, "is not a valid NHS number (check digit does not match)");
        }
    }

    /** Reads a number as people write it: {@code 9434765919}, {@code 943 476 5919} or {@code 943-476-5919}. */
    public static NhsNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(FIELD, "is required");
        }
        return new NhsNumber(text.strip().replace(" ", "").replace("-", ""));
    }

    /** Whether {@code text} would {@link #parse(String) parse}, for screening without exceptions. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidInput e) {
            return false;
        }
    }

    /** The 3-3-4 grouping the NHS uses on letters and screens, for example {@code 943 476 5919}. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    /** Deliberately hides the number: logs and exception messages must carry no personal data. */
    @Override
    public String toString() {
        return "NhsNumber[***]";
    }

    /**
     * Modulus 11 over the first nine digits with weights 10 down to 2; 11 - remainder, where 11 means 0 and 10 means no
     * valid check digit exists (returned as -1, which never equals a digit).
     */
    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        return check == 10 ? -1 : check;
    }
}
