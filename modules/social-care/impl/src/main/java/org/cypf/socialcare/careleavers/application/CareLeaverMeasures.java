package org.cypf.socialcare.careleavers.application;

import static org.cypf.socialcare.api.measure.SocialCareMeasure.CARE_LEAVERS_IN_EET;
import static org.cypf.socialcare.api.measure.SocialCareMeasure.CARE_LEAVERS_IN_SUITABLE_ACCOMMODATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.careleavers.domain.BirthdayContact;
import org.cypf.socialcare.careleavers.domain.CareLeaver;
import org.cypf.socialcare.careleavers.port.CareLeaverRecords;
import org.cypf.socialcare.shared.application.MeasureSet;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.port.Children;

/**
 * Care leavers aged 19 to 21 in education, employment or training and in suitable accommodation, from the SSDA903
 * OC3 records (the DfE's care leaver measures): aggregates for governance, none audited.
 */
public final class CareLeaverMeasures extends MeasureSet {
    private static final String COHORT = " of the OC3 records made at a 19th, 20th or 21st birthday falling in the 12 "
            + "months to the date (a care leaver not in touch, or whose activity or accommodation is not known, "
            + "counts in the total and not as";
    static final String EET = "%" + COHORT + " in education, employment or training): ACTIV F1, P1, F2, P2, F4, P4, "
            + "F5 or P5";
    static final String SUITABLE = "%" + COHORT + " suitably accommodated): ACCOM ending 1";

    public CareLeaverMeasures(UnitOfWork unitOfWork, CareLeaverRecords records, Children children, Clock clock) {
        super("social care", clock);
        for (boolean eet : new boolean[] {true, false}) {
            String key = (eet ? CARE_LEAVERS_IN_EET : CARE_LEAVERS_IN_SUITABLE_ACCOMMODATION).key();
            define(key, asAt -> unitOfWork.inTransaction(() -> {
                LocalDate from = yearTo(asAt);
                List<CareLeaver> leavers = records.withBirthdayRecords();
                Map<ChildId, Child> known = children.findAll(leavers.stream().map(CareLeaver::childId).toList());
                long total = 0;
                long counted = 0;
                for (CareLeaver c : leavers) {
                    LocalDate born = known.get(c.childId()).dateOfBirth();
                    for (BirthdayContact b : c.birthdays()) {
                        LocalDate birthday = born.plusYears(b.age());
                        if (b.age() < 19 || birthday.isBefore(from) || birthday.isAfter(asAt)) {
                            continue;
                        }
                        total++;
                        if (eet ? b.inEducationEmploymentOrTraining() : b.inSuitableAccommodation()) {
                            counted++;
                        }
                    }
                }
                return percentage(key, asAt, counted, total, eet ? EET : SUITABLE);
            }));
        }
    }
}
