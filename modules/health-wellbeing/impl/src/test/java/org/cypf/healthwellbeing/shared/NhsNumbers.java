package org.cypf.healthwellbeing.shared;

/** Valid NHS numbers for tests: nine digits from a seed and the modulus 11 check digit (seeds giving 10 skipped). */
public final class NhsNumbers {
    private NhsNumbers() {}

    /** The {@code n}th valid NHS number from 400 000 000 up. */
    public static String valid(int n) {
        int found = -1;
        for (long body = 400_000_000L; ; body++) {
            String nine = Long.toString(body);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            if (++found == n) {
                return nine + (check == 11 ? 0 : check);
            }
        }
    }
}
