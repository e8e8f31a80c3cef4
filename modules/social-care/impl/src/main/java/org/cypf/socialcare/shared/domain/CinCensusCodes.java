package org.cypf.socialcare.shared.domain;

import java.time.LocalDate;
import java.util.List;
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
        SEX("sex"),
        /** Ethnicity (rule 4220), e.g. WBRI; NOBT when not yet obtained. */
        ETHNICITY("ethnicity"),
        /** UPNunknown UN1-UN7: why a child has no UPN. */
        UPN_UNKNOWN("UPN unknown reason");

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

    private static final CinCensusCodes STANDARD =
            new CinCensusCodes(CodeListTable.load(CinCensusCodes.class, "cin-census-code-lists.csv", CodeList::valueOf));
    private final CodeListTable<CodeList> table;

    private CinCensusCodes(CodeListTable<CodeList> table) {
        this.table = table;
    }

    /** The DfE's lists as published for the 2022-23 to 2025-26 censuses. */
    public static CinCensusCodes standard() {
        return STANDARD;
    }

    /** The collection year (named by the year it starts, 1 April) that {@code date} falls in. */
    public static int collectionYear(LocalDate date) {
        return CodeListTable.collectionYear(date);
    }

    public boolean isValid(CodeList list, String code, LocalDate on) {
        return table.isValid(list, code, on);
    }

    public Optional<String> label(CodeList list, String code) {
        return table.label(list, code);
    }

    /** The codes of {@code list} valid on {@code on}, in the order the reference data lists them. */
    public List<String> codes(CodeList list, LocalDate on) {
        return table.codes(list, on);
    }

    /** The reason a code is refused, for the field's error message; empty when it is valid. */
    public Optional<String> refusal(CodeList list, String code, LocalDate on) {
        return table.refusal(list, code, on, "is not a CIN census " + list.words() + " code");
    }
}
