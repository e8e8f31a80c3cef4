package org.cypf.socialcare.protection.application;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.cypf.socialcare.shared.application.MeasureSet;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.measure.ChildrenInNeedMeasure;
import org.cypf.socialcare.protection.domain.ChildProtectionEnquiry;
import org.cypf.socialcare.protection.domain.ChildProtectionPlan;
import org.cypf.socialcare.protection.port.ChildProtectionEnquiries;
import org.cypf.socialcare.protection.port.ChildProtectionPlans;

/**
 * Child protection measures for governance, following the DfE's children in need statistics.
 *
 * <ul>
 *   <li><b>ICPCs within 15 working days</b>: of the initial conferences held in the 12 months to the date, the
 *   percentage held within 15 working days of the last strategy discussion before them (England and Wales bank
 *   holidays excepted).</li>
 *   <li><b>Children on child protection plans</b>: children whose plan had started by the end of the date and had
 *   not ended by it (a plan ending on the date does not count), as the DfE counts them "at 31 March"; the rate is per
 *   10,000 children aged 0-17 of the configured population (ONS mid-year estimate), rounded half up to one decimal
 *   place.</li>
 *   <li><b>Repeat child protection plans</b>: of the plans started in the 12 months to the date, the percentage that
 *   were a second or subsequent plan for the child (any time before, as the DfE counts them).</li>
 * </ul>
 */
public final class ChildProtectionMeasures extends MeasureSet {
    static final String ICPC_DEFINITION = "DfE CIN: initial child protection conferences held in the 12 months to the "
            + "date; % held within 15 working days of the last strategy discussion (England and Wales bank holidays excepted)";
    static final String COUNT_DEFINITION = "DfE CIN: children the subject of a child protection plan at the end of the "
            + "date (started by then, not ended by then)";
    private static final String RATE_DEFINITION = COUNT_DEFINITION + ", per 10,000 children aged 0-17 (population %d)";
    static final String REPEAT_DEFINITION = "DfE CIN: child protection plans started in the 12 months to the date; % "
            + "that were a second or subsequent plan for the child";

    private static final String ICPCS = ChildrenInNeedMeasure.ICPCS_WITHIN_15_WORKING_DAYS.key();
    private static final String COUNT = ChildrenInNeedMeasure.CHILDREN_ON_CHILD_PROTECTION_PLANS.key();
    private static final String RATE = ChildrenInNeedMeasure.CHILDREN_ON_CHILD_PROTECTION_PLANS_RATE.key();
    private static final String REPEATS = ChildrenInNeedMeasure.REPEAT_CHILD_PROTECTION_PLANS.key();

    /**
     * @param childPopulation children aged 0-17 in the authority (ONS mid-year estimate), for rates per 10,000
     */
    public ChildProtectionMeasures(UnitOfWork unitOfWork, ChildProtectionEnquiries enquiries, ChildProtectionPlans plans,
                                   long childPopulation, Clock clock) {
        super("child protection", clock);
        if (childPopulation <= 0) {
            throw new IllegalArgumentException("the child population must be positive");
        }
        define(ICPCS, asAt -> {
            List<ChildProtectionEnquiry> held = unitOfWork.inTransaction(
                    () -> enquiries.conferencesHeldBetween(yearTo(asAt), asAt));
            long inTime = held.stream().filter(e -> e.conferenceWithinTimescale().orElse(false)).count();
            return percentage(ICPCS, asAt, inTime, held.size(), ICPC_DEFINITION);
        });
        Function<LocalDate, Long> onPlans = asAt -> unitOfWork.inTransaction(() -> plans.openAtEndOf(asAt)).stream()
                .filter(p -> p.isOpenAtEndOf(asAt)).map(ChildProtectionPlan::childId).distinct().count();
        define(COUNT, asAt -> count(COUNT, asAt, onPlans.apply(asAt), COUNT_DEFINITION));
        define(RATE, asAt -> ratePer10000(RATE, asAt, onPlans.apply(asAt), childPopulation,
                RATE_DEFINITION.formatted(childPopulation)));
        define(REPEATS, asAt -> {
            List<ChildProtectionPlan> started = unitOfWork.inTransaction(() -> plans.startedBetween(yearTo(asAt), asAt));
            long repeats = started.stream().filter(ChildProtectionPlan::isRepeat).count();
            return percentage(REPEATS, asAt, repeats, started.size(), REPEAT_DEFINITION);
        });
    }
}
