package org.cypf.socialcare.careleavers.domain;

import static org.cypf.socialcare.shared.domain.Ssda903CodeList.*;

import java.time.LocalDate;
import java.util.Set;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * The SSDA903 OC3 record for a care leaver around one birthday from 17 to 21: whether the authority is in touch
 * (IN_TOUCH), their main activity (ACTIV) and their accommodation (ACCOM: a letter for the kind, 1 suitable, 2 not).
 * When in touch (YES) both activity and accommodation are required (DfE rule 345); when the young person has
 * died (DIED) or returned home for six months or more (RHOM) neither is given (rule 344); otherwise each may be given
 * when known.
 */
public record BirthdayContact(int age, String inTouch, String activity, String accommodation) {

    /** OC3 ACTIV codes meaning education, employment or training (F/P 1, 2, 4, 5); G4-G6 are NEET. */
    public static final Set<String> IN_EDUCATION_EMPLOYMENT_OR_TRAINING =
            Set.of("F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5");

    public static BirthdayContact check(int age, String inTouch, String activity, String accommodation,
                                        LocalDate birthday, Ssda903Codes codes, Violations v) {
        if (age < 17 || age > 21) {
            v.add("age", "OC3 is recorded at the birthdays from 17 to 21");
        }
        codes.refusal(OC3_IN_TOUCH, inTouch, birthday).ifPresent(r -> v.add("inTouch", r));
        if ("YES".equals(inTouch)) {
            v.check(activity != null, "activity", "is required when the authority is in touch (DfE rule 345)");
            v.check(accommodation != null, "accommodation", "is required when the authority is in touch (DfE rule 345)");
        }
        if ("DIED".equals(inTouch) || "RHOM".equals(inTouch)) {
            String why = "DIED".equals(inTouch) ? "the young person has died"
                    : "the young person has returned home for six months or more";
            v.check(activity == null, "activity", "must be blank: " + why + " (DfE rule 344)");
            v.check(accommodation == null, "accommodation", "must be blank: " + why + " (DfE rule 344)");
        }
        if (activity != null) {
            codes.refusal(OC3_ACTIVITY, activity, birthday).ifPresent(r -> v.add("activity", r));
        }
        if (accommodation != null) {
            codes.refusal(OC3_ACCOMMODATION, accommodation, birthday).ifPresent(r -> v.add("accommodation", r));
        }
        return new BirthdayContact(age, inTouch, activity, accommodation);
    }

    public boolean inEducationEmploymentOrTraining() {
        return activity != null && IN_EDUCATION_EMPLOYMENT_OR_TRAINING.contains(activity);
    }

    /** ACCOM ending 1: the accommodation is suitable. */
    public boolean inSuitableAccommodation() {
        return accommodation != null && accommodation.endsWith("1");
    }
}
