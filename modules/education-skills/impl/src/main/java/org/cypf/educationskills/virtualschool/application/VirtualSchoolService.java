package org.cypf.educationskills.virtualschool.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.cypf.educationskills.api.virtualschool.PepReviewDueView;
import org.cypf.educationskills.api.virtualschool.PepReviewsDuePage;
import org.cypf.educationskills.api.virtualschool.PepView;
import org.cypf.educationskills.api.virtualschool.PepsPage;
import org.cypf.educationskills.api.virtualschool.RecordPep;
import org.cypf.educationskills.virtualschool.domain.PersonalEducationPlan;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.educationskills.api.virtualschool.VirtualSchoolRollPage;
import org.cypf.educationskills.shared.application.PupilRecords;
import org.cypf.governance.api.access.ListScope;
import org.cypf.educationskills.api.virtualschool.ChildInCareExclusionView;
import org.cypf.educationskills.api.virtualschool.ChildInCareExclusionsPage;
import org.cypf.educationskills.api.virtualschool.RecordChildLeftCare;
import org.cypf.educationskills.api.virtualschool.RecordExclusionOfChildInCare;
import org.cypf.educationskills.virtualschool.domain.ChildInCareExclusion;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Violations;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.educationskills.api.virtualschool.VirtualSchool;
import org.cypf.educationskills.api.virtualschool.VirtualSchoolChildView;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.educationskills.settings.domain.SchoolCalendar;
import org.cypf.educationskills.settings.port.SchoolCalendars;
import org.cypf.kernel.transaction.UnitOfWork;

/** The virtual school's use cases, each in one unit of work with its access audit. */
public final class VirtualSchoolService implements VirtualSchool {
    private static final String RECORD = "virtual-school-registration";
    private static final String EXCLUSION_RECORD = "virtual-school-exclusion";
    private static final String PEP_RECORD = "personal-education-plan";

    private final UnitOfWork unitOfWork;
    private final VirtualSchoolRoll roll;
    private final ContextRecordAccess access;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final SchoolCalendars calendars;

    public VirtualSchoolService(UnitOfWork unitOfWork, VirtualSchoolRoll roll, ContextRecordAccess access,
                                WorkingDayCalendar calendar) {
        this(unitOfWork, roll, access, calendar, Clock.system(ZoneId.of("Europe/London")));
    }

    /**
     * With no term dates held: school days approximated as working days, terms as fixed dates (ADR 0046).
     *
     * @param clock what "today" is, for lists by involvement on the day and PEP dates
     */
    public VirtualSchoolService(UnitOfWork unitOfWork, VirtualSchoolRoll roll, ContextRecordAccess access,
                                WorkingDayCalendar calendar, Clock clock) {
        this(unitOfWork, roll, access, calendar, clock, SchoolCalendars.approximated(calendar));
    }

    /** @param calendars each child's school calendar, from the term dates held (ADR 0049) */
    public VirtualSchoolService(UnitOfWork unitOfWork, VirtualSchoolRoll roll, ContextRecordAccess access,
                                WorkingDayCalendar calendar, Clock clock, SchoolCalendars calendars) {
        this.unitOfWork = unitOfWork;
        this.roll = roll;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
        this.calendars = calendars;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public VirtualSchoolChildView register(Caller caller, RegisterChildInCare command) {
        return unitOfWork.inTransaction(() -> {
            access.authorise(caller, intent(RecordAction.CREATE, "virtual school duty to a child entering care"),
                    command.childId());
            var existing = roll.onRoll(command.childId());
            if (existing.isPresent()) {
                if (existing.get().enteredCareOn().equals(command.enteredCareOn())) {
                    return view(existing.get()); // already registered for this time in care
                }
                // Still on the roll for an earlier time in care: its leaving has not been recorded yet (it travels
                // to us separately from this entry). Refused, so the event is retried after the leaving, in order.
                throw new Conflict("the child is on the roll for an earlier time in care whose end is not recorded yet");
            }
            var registration = VirtualSchoolRegistration.register(command.childId(), command.upn(),
                    command.dateOfBirth(), command.enteredCareOn(), calendars.ofPupil(command.upn()));
            roll.add(registration);
            return view(registration);
        });
    }

    @Override
    public void recordLeftCare(Caller caller, RecordChildLeftCare command) {
        unitOfWork.run(() -> {
            access.authorise(caller, intent(RecordAction.UPDATE, "virtual school duty ends as the child leaves care"),
                    command.childId());
            // Not on the roll means the registration has not arrived yet (entries and leavings are delivered to
            // separate subscribers): refused, so the event is retried until it can apply in order.
            VirtualSchoolRegistration current = roll.onRoll(command.childId()).orElseThrow(() ->
                    new Conflict("the child is not on the roll: their entering care has not been recorded yet"));
            roll.update(current.leftCare(command.leftCareOn()));
        });
    }

    @Override
    public boolean recordExclusion(Caller caller, RecordExclusionOfChildInCare command) {
        return unitOfWork.inTransaction(() -> {
            var registration = roll.inCareOn(command.upn(), command.startDate());
            if (registration.isEmpty()) {
                return false; // not a child in care then: not the virtual school's record, and no child's record read
            }
            access.authorise(caller, new RecordIntent(EXCLUSION_RECORD, RecordAction.UPDATE,
                    "a child in care's suspension or exclusion on their education record"), registration.get().childId());
            roll.addExclusion(ChildInCareExclusion.of(registration.get(), command.exclusionId(), command.urn(),
                    command.category(), command.reason(), command.startDate(), command.sessions()));
            return true;
        });
    }

    @Override
    public ChildInCareExclusionsPage exclusions(Caller caller, String childIdText, int page, int size) {
        var v = new Violations();
        ChildId child = v.required("childId", childIdText, ChildId::parse);
        v.check(page >= 1, "page", "must be a whole number from 1 (pages count from 1)");
        v.check(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, new RecordIntent(EXCLUSION_RECORD, RecordAction.READ,
                    "reading a child in care's suspensions and exclusions"), child);
            List<ChildInCareExclusionView> list = roll.exclusionsOf(child, (long) (page - 1) * size, size).stream()
                    .map(e -> new ChildInCareExclusionView(e.exclusionId().toString(), e.childId().toString(), e.urn(),
                            e.category(), e.reason(), e.startDate(), e.sessions())).toList();
            return new ChildInCareExclusionsPage(list, page, size, roll.countExclusionsOf(child));
        });
    }

    @Override
    public VirtualSchoolRollPage timesInCareOf(Caller caller, String childIdText, int page, int size) {
        // The input is checked before the child's record is authorised: a refused request audits nothing.
        var v = new Violations();
        ChildId child = v.required("childId", childIdText, ChildId::parse);
        PupilRecords.checkPage(v, page, size, MAX_CHILD_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, intent(RecordAction.READ, "reading a child's times on the virtual school's roll"),
                    child);
            return new VirtualSchoolRollPage(roll.registrationsOf(child, PupilRecords.offset(page, size), size).stream()
                    .map(VirtualSchoolService::view).toList(), page, size, roll.countRegistrationsOf(child));
        });
    }

    @Override
    public PepsPage pepsOf(Caller caller, String childIdText, int page, int size) {
        // The input is checked before the child's record is authorised: a refused request audits nothing.
        var v = new Violations();
        ChildId child = v.required("childId", childIdText, ChildId::parse);
        PupilRecords.checkPage(v, page, size, MAX_CHILD_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            access.authorise(caller, new RecordIntent(PEP_RECORD, RecordAction.READ,
                    "reading a child's Personal Education Plans"), child);
            return new PepsPage(roll.pepsOf(child, PupilRecords.offset(page, size), size).stream()
                    .map(pep -> new PepView(pep.id().toString(), pep.childId().toString(), pep.heldOn(), pep.dueBy(),
                            pep.onTime(), pep.nextReviewBy(), pep.targets(), pep.pupilPremiumPlus())).toList(),
                    page, size, roll.countPepsOf(child));
        });
    }

    @Override
    public VirtualSchoolRollPage roll(Caller caller, int page, int size) {
        var v = new Violations();
        PupilRecords.checkPage(v, page, size, MAX_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = intent(RecordAction.LIST, "listing the virtual school's children");
            ListScope scope = access.listScope(caller, listing, today());
            List<VirtualSchoolRegistration> current = roll.currentRoll(scope, PupilRecords.offset(page, size), size);
            access.authoriseAll(caller, listing, current.stream().map(VirtualSchoolRegistration::childId).toList());
            return new VirtualSchoolRollPage(current.stream().map(VirtualSchoolService::view).toList(), page, size,
                    roll.countCurrentRoll(scope));
        });
    }

    @Override
    public PepView recordPep(Caller caller, RecordPep command) {
        var v = new Violations();
        ChildId child = v.required("childId", command.childId(), ChildId::parse);
        PersonalEducationPlan.checkDetails(v, command.heldOn(), command.targets(), command.pupilPremiumPlus(), today());
        v.throwIfAny();
        return unitOfWork.inTransaction(() -> {
            VirtualSchoolRegistration registration = PupilRecords.authorised(roll.onRoll(child).orElse(null),
                    guarded(caller, new RecordIntent(PEP_RECORD, RecordAction.UPDATE,
                            "recording a child in care's Personal Education Plan"), VirtualSchoolRegistration::childId),
                    "the child is not on the virtual school's roll");
            PersonalEducationPlan pep = PersonalEducationPlan.held(registration, command.heldOn(), command.targets(),
                    command.pupilPremiumPlus(), today(), calendars.ofPupil(registration.upn()));
            roll.latestPepHeldOn(registration.id()).filter(latest -> pep.heldOn().isBefore(latest)).ifPresent(latest -> {
                throw new Conflict("a later PEP (held on " + latest + ") is already recorded: record PEPs in order");
            });
            roll.addPep(pep);
            roll.update(registration.pepHeld(pep));
            return new PepView(pep.id().toString(), child.toString(), pep.heldOn(), pep.dueBy(), pep.onTime(),
                    pep.nextReviewBy(), pep.targets(), pep.pupilPremiumPlus());
        });
    }

    @Override
    public PepReviewsDuePage pepReviewsDue(Caller caller, LocalDate by, int page, int size) {
        var v = new Violations();
        v.check(by != null, "by", "is required");
        PupilRecords.checkPage(v, page, size, MAX_PAGE_SIZE);
        v.throwIfAny();
        return unitOfWork.inSnapshot(() -> {
            LocalDate today = today();
            RecordIntent listing = new RecordIntent(PEP_RECORD, RecordAction.LIST, "listing the PEPs due");
            ListScope scope = access.listScope(caller, listing, today);
            List<VirtualSchoolRoll.PepDue> due = roll.pepsDue(scope, by, PupilRecords.offset(page, size), size);
            access.authoriseAll(caller, listing, due.stream().map(d -> d.registration().childId()).toList());
            return new PepReviewsDuePage(by, due.stream().map(d -> new PepReviewDueView(
                    d.registration().childId().toString(),
                    d.registration().upn() == null ? null : d.registration().upn().value(),
                    d.registration().enteredCareOn(), d.registration().pepDueBy(), d.lastHeldOn() == null,
                    d.lastHeldOn(), d.registration().pepDueBy().isBefore(today))).toList(), page, size,
                    roll.countPepsDue(scope, by));
        });
    }

    @Override
    public List<org.cypf.governance.api.access.TeamCount> pepsDueByTeam(Caller caller, LocalDate by,
            org.cypf.governance.api.access.ChildTeams teams) {
        var v = new Violations();
        v.check(by != null, "by", "is required");
        v.throwIfAny();
        return unitOfWork.inTransaction(() -> {
            LocalDate today = today();
            RecordIntent listing = new RecordIntent(PEP_RECORD, RecordAction.LIST, "listing the PEPs due");
            ListScope scope = access.listScope(caller, listing, today);
            // The count names no child: the access port decides the listing and audits none.
            access.authoriseAll(caller, listing, List.of());
            return roll.countPepsDueByTeam(scope, by, teams, today);
        });
    }

    /** {@code intent} on the record found, or, for an id that names none, decided before saying so (ADR 0033). */
    private <A> RecordChanges.Guard<A> guarded(Caller caller, RecordIntent intent, Function<A, ChildId> childOf) {
        return RecordChanges.Guard.of(record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    private static VirtualSchoolChildView view(VirtualSchoolRegistration r) {
        return new VirtualSchoolChildView(r.childId().toString(), r.upn() == null ? null : r.upn().value(),
                r.dateOfBirth(), r.enteredCareOn(), r.pepDueBy(), r.leftCareOn());
    }
}
