package org.cypf.socialcare.permanence.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.problem.NotFound;
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

/**
 * Permanence use cases, each in one unit of work through the change template ({@link RecordChanges}), authorised
 * and audited as an access to the child's record. A period of care with nothing recorded yet has an empty record at
 * version 0, which the first change stores. Permanence publishes no events.
 */
public final class PermanenceService implements PermanencePlanning {
    private static final String RECORD = "permanence";

    private final PeriodsOfCare periods;
    private final Children children;
    private final PermanenceRecords records;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final Ssda903Codes codes = Ssda903Codes.standard();
    private final RecordChanges<UUID, Permanence> changes;

    public PermanenceService(UnitOfWork unitOfWork, PeriodsOfCare periods, Children children, PermanenceRecords records,
                             ContextRecordAccess access, IntegrationEvents events, Clock clock) {
        this.periods = periods;
        this.children = children;
        this.records = records;
        this.access = access;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the permanence record",
                periodId -> periods.find(periodId).map(this::current), PermanenceService::madeByItsFirstChange,
                records::update, event -> List.of());
    }

    @Override
    public PermanenceView permanence(Caller caller, UUID periodId) {
        return changes.read(periodId, guarded(caller,
                intent(RecordAction.READ, "viewing a looked-after child's permanence"), Permanence::childId),
                this::periodView);
    }

    @Override
    public PermanenceView decidePlan(Caller caller, DecidePermanencePlan command) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, command.periodId(), command.version(), "recording a plan for permanence",
                p -> p.decidePlan(period(p.periodId()), command.decidedOn(), command.plan(), today));
    }

    @Override
    public PermanenceView recordAdoption(Caller caller, RecordAdoption command) {
        LocalDate today = LocalDate.now(clock);
        var adoption = new Permanence.Adoption(command.decisionDate(), command.matchedDate(),
                command.adoptedByFosterCarer(), command.numberOfAdopters(), command.sexOfAdopters(),
                command.legalStatusOfAdopters(), command.decisionCeasedDate(), command.decisionCeasedReason());
        return change(caller, command.periodId(), command.version(), "recording a looked-after child's adoption steps",
                p -> p.changeAdoption(period(p.periodId()), adoption, today, codes));
    }

    @Override
    public PermanenceView recordPreviousPermanence(Caller caller, RecordPreviousPermanence command) {
        LocalDate today = LocalDate.now(clock);
        var previous = new Permanence.PreviousPermanence(command.code(), command.authority(), command.date());
        return change(caller, command.periodId(), command.version(), "recording a child's previous permanence order",
                p -> p.changePreviousPermanence(previous, ChildRecords.find(children, p.childId()).dateOfBirth(),
                        today, codes));
    }

    private PermanenceView change(Caller caller, UUID periodId, long version, String purpose,
                                  Function<Permanence, Changed<Permanence>> change) {
        return changes.change(periodId, version,
                guarded(caller, intent(RecordAction.UPDATE, purpose), Permanence::childId), change,
                this::periodView);
    }

    private PeriodOfCare period(UUID periodId) {
        return periods.find(periodId).orElseThrow(() -> new NotFound("no period of care with this id"));
    }

    private Permanence current(PeriodOfCare period) {
        return records.find(period.id()).orElseGet(() -> Permanence.none(period));
    }

    /** Nothing adds a permanence record: the first change of a period's empty record stores it. */
    private static void madeByItsFirstChange(Permanence permanence) {
        throw new UnsupportedOperationException("a permanence record is stored by its first change");
    }

    private PermanenceView periodView(Permanence permanence) {
        return view(period(permanence.periodId()), permanence);
    }

    /** The published view of {@code permanence} in {@code period}. */
    private static PermanenceView view(PeriodOfCare period, Permanence permanence) {
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


    /** Authorises the record found, and an id that names none before it is said (ADR 0033; ACCESS-01 sees the calls here). */
    private <A> org.cypf.kernel.change.RecordChanges.Guard<A> guarded(Caller caller, RecordIntent intent,
            java.util.function.Function<A, org.cypf.kernel.identity.ChildId> childOf) {
        return org.cypf.kernel.change.RecordChanges.Guard.of(
                record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }
}
