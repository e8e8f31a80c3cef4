package org.cypf.socialcare.api.careleavers;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import org.cypf.kernel.contract.Sensitive;

/**
 * A young person's leaving-care record.
 *
 * @param eligibility            NOT_ELIGIBLE, ELIGIBLE (16-17, looked after), RELEVANT (16-17, left care) or
 *                               FORMER_RELEVANT (18+), today
 * @param daysLookedAfterSince14 the days looked after since the 14th birthday (13 weeks, 91 days, qualify)
 * @param pathwayPlanReviewDue   six months after the latest pathway plan
 */
public record CareLeaverView(String childId, @Sensitive(PERSONAL) String localChildId, @Sensitive(PERSONAL) LocalDate dateOfBirth,
                             String eligibility,
                             long daysLookedAfterSince14, LocalDate pathwayPlanDate, LocalDate pathwayPlanReviewDue,
                             String personalAdviser, LocalDate personalAdviserFrom, List<Birthday> birthdays,
                             long version) {
    public CareLeaverView {
        birthdays = List.copyOf(birthdays);
    }

    /** OC3 at one birthday, with whether the activity is education, employment or training and the accommodation suitable. */
    public record Birthday(int age, LocalDate birthday, String inTouch, String activity, String accommodation,
                           boolean inEducationEmploymentOrTraining, boolean inSuitableAccommodation) {}
}
