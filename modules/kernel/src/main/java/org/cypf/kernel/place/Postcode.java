package org.cypf.kernel.place;

import java.util.Locale;
import java.util.regex.Pattern;

import org.cypf.kernel.problem.InvalidInput;

/**
 * A UK postcode, such as where a child lives or is placed. Kept in one normal form (upper case, one space before the
 * inward code: {@code ST4 1HH}) so that the same address written two ways matches, and so that area-based rules (which
 * local authority, how far from home a placement is) can read the outward code.
 *
 * <p>Only the format is checked (outward code A9, A99, AA9, AA99, A9A or AA9A; inward code 9AA), not whether the postcode
 * exists. {@link #toString()} never shows the postcode, since with a child's record it says where the child is; use
 * {@link #value()} on purpose.
 *
 * @param value the normalised postcode, for example {@code ST4 1HH}
 */
public record Postcode(String value) {
    static final String FIELD = "postcode";

    private static final Pattern FORMAT =
            Pattern.compile("(?:[A-Z][0-9]{1,2}|[A-Z]{2}[0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z]{2}[0-9][A-Z]) [0-9][A-Z]{2}");

    public Postcode {
        if (value == null || value.isEmpty()) {
            throw InvalidInput.of(FIELD, "is required");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw InvalidInput.of(FIELD, "must be a UK postcode such as ST4 1HH");
        }
    }

    /** Reads a postcode in any letter case and spacing ({@code st41hh}, {@code ST4  1HH}) into its normal form. */
    public static Postcode parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of(FIELD, "is required");
        }
        // Whitespace (as the regex \s reads it) dropped by hand: parse runs for every placement of a national return.
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                kept.append(c);
            }
        }
        String compact = kept.toString().toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            throw InvalidInput.of(FIELD, "must be a UK postcode such as ST4 1HH");
        }
        int split = compact.length() - 3;
        return new Postcode(compact.substring(0, split) + " " + compact.substring(split));
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

    /** The part before the space, which routes mail to a district: {@code ST4}. */
    public String outwardCode() {
        return value.substring(0, value.indexOf(' '));
    }

    /** The part after the space, which narrows to a handful of addresses: {@code 1HH}. */
    public String inwardCode() {
        return value.substring(value.indexOf(' ') + 1);
    }

    /** The postcode area, the leading letters: {@code ST}. */
    public String area() {
        int i = 0;
        while (Character.isLetter(value.charAt(i))) {
            i++;
        }
        return value.substring(0, i);
    }

    /** The postcode district, which is the outward code: {@code ST4}. */
    public String district() {
        return outwardCode();
    }

    /** The postcode sector, the outward code and the first digit of the inward code: {@code ST4 1}. */
    public String sector() {
        return value.substring(0, value.length() - 2);
    }

    /** Deliberately hides the postcode: logs and exception messages must carry no personal data. */
    @Override
    public String toString() {
        return "Postcode[***]";
    }
}
