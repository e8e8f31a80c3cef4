package org.cypf.familysupport.programme.application;

import static org.cypf.familysupport.api.measure.FamilySupportMeasure.HAF_CHILDREN_ATTENDING;
import static org.cypf.familysupport.api.measure.FamilySupportMeasure.HAF_CHILDREN_ATTENDING_ELIGIBLE_FOR_FREE_SCHOOL_MEALS;
import static org.cypf.familysupport.api.measure.FamilySupportMeasure.PROGRAMME_CHILDREN_ATTENDING;

import java.time.Clock;
import org.cypf.familysupport.programme.domain.ProgrammeEnrolment.Programme;
import org.cypf.familysupport.programme.port.ProgrammeEnrolments;
import org.cypf.familysupport.shared.application.MeasureSet;
import org.cypf.kernel.transaction.UnitOfWork;

/** Programme reach for governance's scorecards (ADR 0066), counted in SQL over the 12 months to the date. */
public final class ProgrammeMeasures extends MeasureSet {
    static final String REACH = "children who attended at least one session of any programme (Family Matters, "
            + "Holiday Activities and Food, parenting programmes) in the 12 months to the date";
    static final String HAF = "children who attended at least one Holiday Activities and Food session in the 12 "
            + "months to the date";
    static final String HAF_FSM = "children who attended at least one Holiday Activities and Food session in the 12 "
            + "months to the date and are eligible for free school meals, % of those attending whose eligibility is "
            + "known (children whose eligibility is not known are left out of both)";

    public ProgrammeMeasures(UnitOfWork unitOfWork, ProgrammeEnrolments enrolments, Clock clock) {
        super("programmes", clock);
        define(PROGRAMME_CHILDREN_ATTENDING.key(), asAt -> count(PROGRAMME_CHILDREN_ATTENDING.key(), asAt,
                unitOfWork.inTransaction(() -> enrolments.childrenAttending(null, yearTo(asAt), asAt, null)), REACH));
        define(HAF_CHILDREN_ATTENDING.key(), asAt -> count(HAF_CHILDREN_ATTENDING.key(), asAt,
                unitOfWork.inTransaction(() -> enrolments.childrenAttending(Programme.HOLIDAY_ACTIVITIES_AND_FOOD,
                        yearTo(asAt), asAt, null)), HAF));
        define(HAF_CHILDREN_ATTENDING_ELIGIBLE_FOR_FREE_SCHOOL_MEALS.key(), asAt -> unitOfWork.inTransaction(() ->
                percentage(HAF_CHILDREN_ATTENDING_ELIGIBLE_FOR_FREE_SCHOOL_MEALS.key(), asAt,
                        enrolments.childrenAttending(Programme.HOLIDAY_ACTIVITIES_AND_FOOD, yearTo(asAt), asAt, true),
                        enrolments.childrenAttendingWithEligibilityKnown(Programme.HOLIDAY_ACTIVITIES_AND_FOOD,
                                yearTo(asAt), asAt), HAF_FSM)));
    }
}
