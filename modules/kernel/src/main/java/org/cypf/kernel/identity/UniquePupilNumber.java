package org.cypf.kernel.identity;

import org.cypf.kernel.problem.InvalidInput;

/**
 * The Unique Pupil Number (UPN) the Department for Education has every state-funded school in England give its pupils; it
 * follows the child from school to school and is how education records (census, attendance, exclusions, SEN) are matched.
 *
 * <p>Thirteen characters: a check letter, then the 3-digit local authority number, the 4-digit establishment number, the
 * last two digits of the year of allocation and a 3-character serial. A permanent UPN's serial is three digits; a
 * temporary UPN (allocated while the permanent one is traced) ends in a letter. The check letter is the DfE modulus 23
 * rule: characters 2 to 13 are weighted by their position (2 to 13), a final letter counting as its index in
 * {@value #LETTERS}, and the sum modulo 23 picks the letter from that same alphabet (I, O and S are never used, so they
 * cannot be mistaken for 1, 0 and 5).
 *
 * <p>{@link #toString()} never shows the number; use {@link #value()} on purpose.
 *
 * @param value the 13 characters, upper case
 */
public record UniquePupilNumber(String value) {
    static final String FIELD = "upn";

    /** The 23 letters the DfE uses, in the order of their check values 0 to 22. */
    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public UniquePupilNumber {
        if (value == null || value.isEmpty()) {
            throw InvalidInput.of(FIELD, "is required");
        }
        if (!wellFormed(value)) {
            throw InvalidInput.of(FIELD, "must be a check letter followed by 12 digits, or 11 digits and a letter for a temporary UPN");
        }
        if (value.charAt(0) != checkLetter(value)) {
            throw InvalidInput.of(FIELD, "is not a valid UPN (check letter does not match)");
        }
    }

    /** Reads a UPN in either letter case, ignoring surrounding blanks. */
    public static UniquePupilNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(FIELD, "is required");
        }
        return new UniquePupilNumber(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The UPN whose characters 2 to 13 are {@code body} (12 characters: 11 digits, then a digit or, for a temporary
     * UPN, a letter), with the check letter the DfE rule gives it: for making valid UPNs on purpose (tests, seeds),
     * where a body is chosen and its letter follows.
     */
    public static UniquePupilNumber withCheckLetter(String body) {
        if (body == null || body.length() != 12 || !wellFormed("A" + body)) {
            throw InvalidInput.of(FIELD, "must be 11 digits and a digit or a letter, before its check letter");
        }
        return new UniquePupilNumber(checkLetter("?" + body) + body);
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

    /** A temporary UPN ends in a letter and should be replaced by the pupil's permanent UPN once it is found. */
    public boolean isTemporary() {
        return !isDigit(value.charAt(12));
    }

    /** The DfE number of the local authority that allocated the UPN (characters 2 to 4), for example {@code 861}. */
    public String localAuthorityNumber() {
        return value.substring(1, 4);
    }

    /** Deliberately hides the number: logs and exception messages must carry no personal data. */
    @Override
    public String toString() {
        return "UniquePupilNumber[***]";
    }

    private static boolean wellFormed(String v) {
        if (v.length() != 13 || LETTERS.indexOf(v.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < 12; i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        char last = v.charAt(12);
        return isDigit(last) || LETTERS.indexOf(last) >= 0;
    }

    /** The DfE check letter for characters 2 to 13 of a well-formed UPN. */
    static char checkLetter(String v) {
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char c = v.charAt(position - 1);
            int worth = isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            sum += worth * position;
        }
        return LETTERS.charAt(sum % 23);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
