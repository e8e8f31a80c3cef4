package org.cypf.socialcare.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The DfE children in need (CIN) census code lists by collection year: referral source, primary need, reason for
 * closure, category of abuse, the factors identified at the end of assessment, disability and sex. A code is valid or
 * not for the collection year (1 April to 31 March) of the date it applies from, as the census validates it. Kept as
 * reference data in {@code cin-census-code-lists.csv} beside this class, so next year's change is a data change.
 */
public final class CinCensusCodes {

    /** The CIN census code lists social care records against. */
    public enum CodeList {
        /** ReferralSource: who made the referral (1A-1D individuals, 2A-2B education, 3A-3F health, 4-10 others). */
        REFERRAL_SOURCE("referral source"),
        /** PrimaryNeedCode N0-N9. */
        PRIMARY_NEED("primary need"),
        /** ReasonForClosure RC1-RC9. */
        REASON_FOR_CLOSURE("reason for closure"),
        /** InitialCategoryOfAbuse / LatestCategoryOfAbuse of a child protection plan. */
        CATEGORY_OF_ABUSE("category of abuse"),
        /** AssessmentFactors: the factors identified at the end of assessment. */
        ASSESSMENT_FACTOR("assessment factor"),
        /** Disability codes. */
        DISABILITY("disability"),
        /** Gender, to 2023-24. */
        GENDER("gender"),
        /** Sex, from 2024-25 (M, F, U). */
        SEX("sex");

        private final String words;

        CodeList(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The factor that says no factors were identified; it may only be recorded alone. */
    public static final String NO_FACTORS_IDENTIFIED = "21";

    private record Entry(CodeList list, String code, Integer firstYear, Integer lastYear, String label) {
        boolean validIn(int year) {
            return (firstYear == null || year >= firstYear) && (lastYear == null || year <= lastYear);
        }
    }

    private static final CinCensusCodes STANDARD = load("cin-census-code-lists.csv");
    private final List<Entry> entries;

    private CinCensusCodes(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The DfE's lists as published for the 2022-23 to 2025-26 censuses. */
    public static CinCensusCodes standard() {
        return STANDARD;
    }

    /** The collection year (named by the year it starts, 1 April) that {@code date} falls in. */
    public static int collectionYear(LocalDate date) {
        return date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1;
    }

    public boolean isValid(CodeList list, String code, LocalDate on) {
        return find(list, code).filter(e -> e.validIn(collectionYear(on))).isPresent();
    }

    public Optional<String> label(CodeList list, String code) {
        return find(list, code).map(Entry::label);
    }

    /** The codes of {@code list} valid on {@code on}, in the order the reference data lists them. */
    public List<String> codes(CodeList list, LocalDate on) {
        int year = collectionYear(on);
        return entries.stream().filter(e -> e.list() == list && e.validIn(year)).map(Entry::code).toList();
    }

    /** The reason a code is refused, for the field's error message; empty when it is valid. */
    public Optional<String> refusal(CodeList list, String code, LocalDate on) {
        if (code == null || code.isBlank()) {
            return Optional.of("is required");
        }
        Optional<Entry> entry = find(list, code);
        if (entry.isEmpty()) {
            return Optional.of("is not a CIN census " + list.words() + " code");
        }
        int year = collectionYear(on);
        return entry.get().validIn(year) ? Optional.empty()
                : Optional.of("is not valid in the " + year + "-" + String.format(Locale.ROOT, "%02d", (year + 1) % 100)
                        + " collection year");
    }

    private Optional<Entry> find(CodeList list, String code) {
        return entries.stream().filter(e -> e.list() == list && e.code().equals(code)).findFirst();
    }

    private static CinCensusCodes load(String resource) {
        try (InputStream in = CinCensusCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + resource);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", 5);
                entries.add(new Entry(CodeList.valueOf(f[0]), f[1], year(f[2]), year(f[3]), f[4]));
            }
            return new CinCensusCodes(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer year(String text) {
        return text.isBlank() ? null : Integer.valueOf(text);
    }
}
