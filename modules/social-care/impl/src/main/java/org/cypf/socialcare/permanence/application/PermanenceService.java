package org.cypf.socialcare.permanence.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.permanence.DecidePermanencePlan;
import org.cypf.socialcare.api.permanence.PermanencePlanning;
import org.cypf.socialcare.api.permanence.PermanenceView;
import org.cypf.socialcare.api.permanence.RecordAdoption;
import org.cypf.socialcare.api.permanence.RecordPreviousPermanence;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.permanence.domain.PermanenceJourney;
import org.cypf.socialcare.permanence.port.PermanenceRecords;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.cypf.socialcare.shared.port.Children;

/** Permanence use cases: each in one unit of work, authorised and audited as an access to the child's record. */
public final class PermanenceService implements PermanencePlanning {
    private static final String RECORD = "permanence";

    private final UnitOfWork unitOfWork;
    private final PeriodsOfCare periods;
    private final Children children;
    private final PermanenceRecords records;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final Ssda903Codes codes = Ssda903Codes.standard();

    public PermanenceService(UnitOfWork unitOfWork, PeriodsOfCare periods, Children children, PermanenceRecords records,
                             ContextRecordAccess access, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.periods = periods;
        this.children = children;
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public PermanenceView permanence(Caller caller, UUID periodId) {
        return unitOfWork.inTransaction(() -> {
            PeriodOfCare period = period(periodId);
            access.authorise(caller, intent(RecordAction.READ, "viewing a looked-after child's permanence"), period.childId());
            return view(period, current(period));
        });
    }

    @Override
    public PermanenceView decidePlan(Caller caller, DecidePermanencePlan command) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, command.periodId(), command.version(), "recording a plan for permanence",
                (period, p) -> p.decidePlan(period, command.decidedOn(), command.plan(), today));
    }

    @Override
    public PermanenceView recordAdoption(Caller caller, RecordAdoption command) {
        LocalDate today = LocalDate.now(clock);
        var adoption = new Permanence.Adoption(command.decisionDate(), command.matchedDate(),
                command.adoptedByFosterCarer(), command.numberOfAdopters(), command.sexOfAdopters(),
                command.legalStatusOfAdopters(), command.decisionCeasedDate(), command.decisionCeasedReason());
        return change(caller, command.periodId(), command.version(), "recording a looked-after child's adoption steps",
                (period, p) -> p.recordAdoption(period, adoption, today, codes));
    }

    @Override
    public PermanenceView recordPreviousPermanence(Caller caller, RecordPreviousPermanence command) {
        LocalDate today = LocalDate.now(clock);
        var previous = new Permanence.PreviousPermanence(command.code(), command.authority(), command.date());
        return change(caller, command.periodId(), command.version(), "recording a child's previous permanence order",
                (period, p) -> p.recordPreviousPermanence(previous,
                        ChildRecords.find(children, period.childId()).dateOfBirth(), today, codes));
    }

    private interface Change {
        Permanence apply(PeriodOfCare period, Permanence current);
    }

    private PermanenceView change(Caller caller, UUID periodId, long version, String purpose, Change change) {
        return unitOfWork.inTransaction(() -> {
            PeriodOfCare period = period(periodId);
            access.authorise(caller, intent(RecordAction.UPDATE, purpose), period.childId());
            Permanence current = current(period);
            if (current.version() != version) {
                throw new StaleVersion("the permanence record", version);
            }
            Permanence changed = change.apply(period, current);
            records.save(changed);
            return view(period, new Permanence(changed.periodId(), changed.childId(), changed.plans(),
                    changed.previous(), changed.adoption(), changed.version() + 1));
        });
    }

    private PeriodOfCare period(UUID periodId) {
        return periods.find(periodId).orElseThrow(() -> new NotFound("no period of care with this id"));
    }

    private Permanence current(PeriodOfCare period) {
        return records.find(period.id()).orElseGet(() -> Permanence.none(period));
    }

    /** The published view of {@code permanence} in {@code period}. */
    public static PermanenceView view(PeriodOfCare period, Permanence permanence) {
        PermanenceJourney j = PermanenceJourney.of(period);
        Permanence.PreviousPermanence prev = permanence.previous();
        Permanence.Adoption a = permanence.adoption();
        Function<Object, String> name = o -> o == null ? null : o.toString();
        return new PermanenceView(period.id(), period.childId().toString(), name.apply(permanence.currentPlan()),
                permanence.plans().stream().map(p -> new PermanenceView.Plan(p.decidedOn(), p.plan().name())).toList(),
                prev == null ? null : new PermanenceView.PreviousPermanence(prev.code(), prev.authority(), prev.date()),
                new PermanenceView.Adoption(a.decisionDate(), a.matchedDate(), a.adoptedByFosterCarer(),
                        a.numberOfAdopters(), a.sexOfAdopters(), a.legalStatusOfAdopters(), a.decisionCeasedDate(),
                        a.decisionCeasedReason()),
                new PermanenceView.Journey(j.enteredCare(), j.placementOrder(), j.placedForAdoption(), j.adopted(),
                        name.apply(j.permanentHome()), j.permanentHomeFrom(), j.daysToPermanentHome()),
                permanence.version());
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

}
