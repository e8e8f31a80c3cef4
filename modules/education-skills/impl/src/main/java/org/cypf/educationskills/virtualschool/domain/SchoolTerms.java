package org.cypf.educationskills.virtualschool.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * School terms for PEP reviews ("reviewed each term"), until each school's term dates are held: autumn from
 * 1 September to 31 December, spring from 1 January to 31 March, summer from 1 April to 31 July, and August (the
 * summer holiday) counted with the summer term. A review is due by the end of the term after the one a PEP was held
 * in, so each term has one.
 */
public final class SchoolTerms {
    private SchoolTerms() {}

    /** The last day of the school term after the one {@code date} falls in. */
    public static LocalDate endOfNextTerm(LocalDate date) {
        int year = date.getYear();
        return switch (date.getMonth()) {
            case SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER -> LocalDate.of(year + 1, Month.MARCH, 31);
            case JANUARY, FEBRUARY, MARCH -> LocalDate.of(year, Month.JULY, 31);
            case APRIL, MAY, JUNE, JULY, AUGUST -> LocalDate.of(year, Month.DECEMBER, 31);
        };
    }
}
