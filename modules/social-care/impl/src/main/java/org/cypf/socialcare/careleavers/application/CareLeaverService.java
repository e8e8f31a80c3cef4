package org.cypf.socialcare.careleavers.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.careleavers.CareLeaverView;
import org.cypf.socialcare.api.careleavers.CareLeavers;
import org.cypf.socialcare.api.careleavers.EighteenthBirthdays;
import org.cypf.socialcare.api.careleavers.RecordBirthdayContact;
import org.cypf.socialcare.api.careleavers.RecordPathway;
import org.cypf.socialcare.api.event.CareLeaverTurned18;
import org.cypf.socialcare.careleavers.domain.CareLeaver;
import org.cypf.socialcare.careleavers.domain.LeavingCareEligibility;
import org.cypf.socialcare.careleavers.port.CareLeaverRecords;
import org.cypf.socialcare.careleavers.port.EighteenthBirthdaysPublished;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.shared.application.ChildRecords;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;
import org.cypf.socialcare.shared.port.Children;

/**
 * Care leaver use cases: each in one unit of work, authorised and audited as an access to the young person's record;
 * the record's reads and changes through the change template ({@link RecordChanges}). A young person with nothing
 * recorded yet has an empty record at version 0, which the first change stores.
 */
public final class CareLeaverService implements CareLeavers {
    private static final String RECORD = "care-leaver";

    private final UnitOfWork unitOfWork;
    private final Children children;
    private final PeriodsOfCare periods;
    private final CareLeaverRecords records;
    private final EighteenthBirthdaysPublished published;
    private final ContextRecordAccess access;
    private final IntegrationEvents events;
    private final Clock clock;
    private final Ssda903Codes codes = Ssda903Codes.standard();
    private final RecordChanges<ChildId, CareLeaver> changes;

    public CareLeaverService(UnitOfWork unitOfWork, Children children, PeriodsOfCare periods, CareLeaverRecords records,
                             EighteenthBirthdaysPublished published, ContextRecordAccess access, IntegrationEvents events,
                             Clock clock) {
        this.unitOfWork = unitOfWork;
        this.children = children;
        this.periods = periods;
        this.records = records;
        this.published = published;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the care leaver record",
                id -> ChildRecords.known(children, id).map(child -> current(child.id())),
                CareLeaverService::madeByItsFirstChange,
                records::update, event -> List.of());
    }

    @Override
    public CareLeaverView careLeaver(Caller caller, String childId) {
        ChildId id = ChildRecords.childId(childId);
        return changes.read(id, guarded(caller, intent(RecordAction.READ,
                "viewing a care leaver's record"), CareLeaver::childId), this::view);
    }

    @Override
    public CareLeaverView recordPathway(Caller caller, RecordPathway command) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, command.childId(), command.version(), "recording a care leaver's pathway plan and adviser",
                (c, child) -> c.plan(child, eligibility(child, today), command.pathwayPlanDate(),
                        command.personalAdviser(), command.personalAdviserFrom(), today));
    }

    @Override
    public CareLeaverView recordBirthday(Caller caller, RecordBirthdayContact command) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, command.childId(), command.version(), "recording a care leaver's birthday contact (OC3)",
                (c, child) -> c.recordBirthday(child, command.age(), command.inTouch(), command.activity(),
                        command.accommodation(),
                        eligibility(child, child.dateOfBirth().plusYears(Math.max(0, command.age()))), today, codes));
    }

    private interface Change {
        Changed<CareLeaver> apply(CareLeaver current, Child child);
    }

    private CareLeaverView change(Caller caller, String childId, long version, String purpose, Change change) {
        ChildId id = ChildRecords.childId(childId);
        return changes.change(id, version,
                guarded(caller, intent(RecordAction.UPDATE, purpose), CareLeaver::childId),
                c -> change.apply(c, ChildRecords.find(children, c.childId())), this::view);
    }

    @Override
    public EighteenthBirthdays recordEighteenthBirthdays(Caller caller, LocalDate asAt) {
        // Children whose 18th birthday fell in the year to asAt were born in the year to asAt - 18 years, and were
        // looked after the day before their birthday: their period overlapped the day before the first birthday.
        LocalDate firstBirthday = asAt.minusYears(1).plusDays(1);
        return unitOfWork.inTransaction(() -> {
            List<PeriodOfCare> candidates = periods.overlapping(firstBirthday.minusDays(1), asAt.minusDays(1));
            Map<ChildId, Child> known = children.findAll(candidates.stream().map(PeriodOfCare::childId).distinct().toList());
            List<PeriodOfCare> turning18 = new ArrayList<>();
            for (PeriodOfCare p : candidates) {
                LocalDate birthday = known.get(p.childId()).dateOfBirth().plusYears(18);
                if (!birthday.isBefore(firstBirthday) && !birthday.isAfter(asAt)
                        && p.countsAsLookedAfterOn(birthday.minusDays(1))) {
                    turning18.add(p);
                }
            }
            var already = published.published(turning18.stream().map(PeriodOfCare::childId).toList());
            turning18.removeIf(p -> already.contains(p.childId()));
            // Only the children about to be published are disclosed (in the event), so only they are audited.
            access.authoriseAll(caller, intent(RecordAction.LIST, "publishing that looked-after children turned 18"),
                    turning18.stream().map(PeriodOfCare::childId).distinct().toList());
            List<String> publishedNow = new ArrayList<>();
            for (PeriodOfCare p : turning18) {
                Child child = known.get(p.childId());
                LocalDate birthday = child.dateOfBirth().plusYears(18);
                if (published.markPublished(child.id(), birthday, p.id())) {
                    events.publish(new CareLeaverTurned18(child.id().toString(), p.id(), child.dateOfBirth(), birthday,
                            child.upn() == null ? null : child.upn().value()));
                    publishedNow.add(child.id().toString());
                }
            }
            return new EighteenthBirthdays(asAt, publishedNow);
        });
    }

    private CareLeaver current(ChildId id) {
        return records.find(id).orElseGet(() -> CareLeaver.none(id));
    }

    /** Nothing adds a care leaver's record: the first change of a young person's empty record stores it. */
    private static void madeByItsFirstChange(CareLeaver careLeaver) {
        throw new UnsupportedOperationException("a care leaver's record is stored by its first change");
    }

    private CareLeaverView view(CareLeaver c) {
        Child child = ChildRecords.find(children, c.childId());
        return view(child, c, eligibility(child, LocalDate.now(clock)));
    }

    private LeavingCareEligibility eligibility(Child child, LocalDate on) {
        return LeavingCareEligibility.assess(child.dateOfBirth(), periods.forChild(child.id()), on);
    }

    private static CareLeaverView view(Child child, CareLeaver c, LeavingCareEligibility eligibility) {
        return new CareLeaverView(child.id().toString(), child.localChildId(), child.dateOfBirth(),
                eligibility.category().name(), eligibility.daysLookedAfterSince14(), c.pathwayPlanDate(),
                c.pathwayPlanReviewDue(), c.personalAdviser(), c.personalAdviserFrom(),
                c.birthdays().stream().map(b -> new CareLeaverView.Birthday(b.age(),
                        child.dateOfBirth().plusYears(b.age()), b.inTouch(), b.activity(), b.accommodation(),
                        b.inEducationEmploymentOrTraining(), b.inSuitableAccommodation())).toList(),
                c.version());
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
