package org.cypf.socialcare.assessment.application;


import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.measure.ChildrenInNeedMeasure;
import org.cypf.socialcare.assessment.domain.Assessment;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.shared.application.MeasureSet;

/**
 * Referral and assessment measures for governance, following the DfE's children in need statistics.
 *
 * <ul>
 *   <li><b>Re-referrals within 12 months</b>: of the referrals dated in the 12 months to the date, the percentage
 *   made less than 12 months after a previous referral of the same child (see {@link Referral#isReReferral}).</li>
 *   <li><b>Assessments within 45 working days</b>: of the assessments authorised in the 12 months to the date, the
 *   percentage authorised within 45 working days of the referral date (England and Wales bank holidays
 *   excepted).</li>
 * </ul>
 */
public final class AssessmentMeasures extends MeasureSet {
    static final String RE_REFERRAL_DEFINITION = "DfE CIN: referrals dated in the 12 months to the date; % made less "
            + "than 12 months after a previous referral of the same child";
    static final String ASSESSMENT_DEFINITION = "DfE CIN: assessments authorised in the 12 months to the date; % "
            + "authorised within 45 working days of the referral date (England and Wales bank holidays excepted)";

    private static final String RE_REFERRALS = ChildrenInNeedMeasure.RE_REFERRALS_WITHIN_12_MONTHS.key();
    private static final String ASSESSMENTS = ChildrenInNeedMeasure.ASSESSMENTS_WITHIN_45_WORKING_DAYS.key();

    public AssessmentMeasures(UnitOfWork unitOfWork, Referrals referrals, Assessments assessments, Clock clock) {
        super("referrals and assessments", clock);
        define(RE_REFERRALS, asAt -> unitOfWork.inTransaction(() -> {
            List<Referral> inYear = referrals.datedBetween(yearTo(asAt), asAt);
            Set<ChildId> childIds = inYear.stream().map(Referral::childId).collect(Collectors.toSet());
            Map<ChildId, List<Referral>> byChild = referrals.forChildrenBetween(childIds,
                            yearTo(asAt).minusMonths(Referral.RE_REFERRAL_MONTHS), asAt).stream()
                    .collect(Collectors.groupingBy(Referral::childId));
            long re = inYear.stream().filter(r -> r.isReReferral(byChild.get(r.childId()))).count();
            return percentage(RE_REFERRALS, asAt, re, inYear.size(), RE_REFERRAL_DEFINITION);
        }));
        define(ASSESSMENTS, asAt -> {
            List<Assessment> authorised = unitOfWork.inTransaction(() -> assessments.authorisedBetween(yearTo(asAt), asAt));
            long inTime = authorised.stream().filter(a -> a.authorisedWithinTimescale().orElse(false)).count();
            return percentage(ASSESSMENTS, asAt, inTime, authorised.size(), ASSESSMENT_DEFINITION);
        });
    }
}
