package org.cypf.socialcare.careleavers.domain;

import java.time.LocalDate;
import java.util.List;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;

/**
 * Which leaving-care duties a young person is owed (Children (Leaving Care) Act 2000; Care Leavers (England)
 * Regulations 2010, regulations 3 and 4). A young person qualifies when they were looked after for at least 13
 * weeks (91 days) in all since their 14th birthday, some of it after their 16th birthday; pre-planned short breaks
 * (legal status V3, V4) do not count. Then:
 * <ul>
 *   <li>{@link Category#ELIGIBLE}: aged 16 or 17 and still looked after;</li>
 *   <li>{@link Category#RELEVANT}: aged 16 or 17 and no longer looked after;</li>
 *   <li>{@link Category#FORMER_RELEVANT}: aged 18 to 24 (the duty runs to 21, or to 25 on request).</li>
 * </ul>
 * Not modelled: a relevant child who returns home for six months stops being relevant (record it with OC3
 * IN_TOUCH RHOM); the categories for those looked after after 16 without 13 weeks (qualifying) are not told apart.
 */
public record LeavingCareEligibility(Category category, long daysLookedAfterSince14, boolean lookedAfterAfter16) {

    public enum Category { NOT_ELIGIBLE, ELIGIBLE, RELEVANT, FORMER_RELEVANT }

    static final long THIRTEEN_WEEKS = 91;

    public static LeavingCareEligibility assess(LocalDate dateOfBirth, List<PeriodOfCare> periods, LocalDate asAt) {
        LocalDate fourteenth = dateOfBirth.plusYears(14);
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        long days = 0;
        boolean after16 = false;
        if (!asAt.isBefore(fourteenth)) {
            for (PeriodOfCare p : periods) {
                days += p.daysLookedAfterBetween(fourteenth, asAt);
                if (!asAt.isBefore(sixteenth) && p.daysLookedAfterBetween(sixteenth, asAt) > 0) {
                    after16 = true;
                }
            }
        }
        int age = java.time.Period.between(dateOfBirth, asAt).getYears();
        boolean qualifies = days >= THIRTEEN_WEEKS && after16;
        Category category;
        if (!qualifies || age < 16 || age >= 25) {
            category = Category.NOT_ELIGIBLE;
        } else if (age < 18) {
            category = periods.stream().anyMatch(p -> p.countsAsLookedAfterOn(asAt)) ? Category.ELIGIBLE : Category.RELEVANT;
        } else {
            category = Category.FORMER_RELEVANT;
        }
        return new LeavingCareEligibility(category, days, after16);
    }

    /** Whether the young person is owed leaving-care support now. */
    public boolean isCareLeaver() {
        return category != Category.NOT_ELIGIBLE;
    }
}
