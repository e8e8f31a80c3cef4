package org.cypf.healthwellbeing.healthychild.domain;

import java.time.LocalDate;

/**
 * The five mandated health visiting reviews of the healthy child programme and their windows, from the child's date
 * of birth: antenatal from 28 weeks of pregnancy (12 weeks before a birth at term) to birth; the new birth visit at
 * 10-14 days; 6-8 weeks; 9-12 months; 2 to 2½ years. A review is on time when done by the day its window closes.
 */
public enum MandatedReview {
    ANTENATAL("the antenatal contact (from 28 weeks of pregnancy)"),
    NEW_BIRTH("the new birth visit (10-14 days)"),
    SIX_TO_EIGHT_WEEKS("the 6-8 week review"),
    ONE_YEAR("the 9-12 month review"),
    TWO_AND_A_HALF_YEARS("the 2-2½ year review");

    private final String description;

    MandatedReview(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public LocalDate opensOn(LocalDate born) {
        return switch (this) {
            case ANTENATAL -> born.minusWeeks(12);
            case NEW_BIRTH -> born.plusDays(10);
            case SIX_TO_EIGHT_WEEKS -> born.plusWeeks(6);
            case ONE_YEAR -> born.plusMonths(9);
            case TWO_AND_A_HALF_YEARS -> born.plusYears(2);
        };
    }

    public LocalDate closesOn(LocalDate born) {
        return switch (this) {
            case ANTENATAL -> born.minusDays(1);
            case NEW_BIRTH -> born.plusDays(14);
            case SIX_TO_EIGHT_WEEKS -> born.plusWeeks(8);
            case ONE_YEAR -> born.plusMonths(12);
            case TWO_AND_A_HALF_YEARS -> born.plusMonths(30);
        };
    }

    /** The review named {@code text}, or null when it names none. */
    public static MandatedReview named(String text) {
        for (MandatedReview r : values()) {
            if (r.name().equals(text == null ? null : text.strip())) {
                return r;
            }
        }
        return null;
    }

    public static String names() {
        return "ANTENATAL, NEW_BIRTH, SIX_TO_EIGHT_WEEKS, ONE_YEAR or TWO_AND_A_HALF_YEARS";
    }
}
