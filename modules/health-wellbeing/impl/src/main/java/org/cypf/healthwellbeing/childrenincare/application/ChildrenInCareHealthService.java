package org.cypf.healthwellbeing.childrenincare.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.governance.api.access.Caller;
import org.cypf.healthwellbeing.api.childrenincare.CareHealthPage;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.healthwellbeing.api.childrenincare.InitialHealthAssessmentDue;
import org.cypf.healthwellbeing.api.childrenincare.InitialHealthAssessmentsDue;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.healthwellbeing.api.childrenincare.CareHealthView;
import org.cypf.healthwellbeing.api.childrenincare.ChildrenInCareHealth;
import org.cypf.healthwellbeing.api.childrenincare.RecordHealthCheck;
import org.cypf.healthwellbeing.api.childrenincare.RegisterEntryToCare;
import org.cypf.healthwellbeing.api.query.ChildInCareHealthForYear;
import org.cypf.healthwellbeing.api.query.ChildrenInCareHealthRecords;
import org.cypf.healthwellbeing.childrenincare.domain.CareHealthRecord;
import org.cypf.healthwellbeing.childrenincare.port.CareHealthRecords;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Children in care health's use cases, each through the change template ({@link RecordChanges}) or one unit of work:
 * the access decision and its audit commit with the change, or not at all.
 */
public final class ChildrenInCareHealthService implements ChildrenInCareHealth, ChildrenInCareHealthRecords,
        InitialHealthAssessmentsDue {
    static final String RECORD = "child-in-care-health";

    private final UnitOfWork unitOfWork;
    private final CareHealthRecords records;
    private final ContextRecordAccess access;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final RecordChanges<UUID, CareHealthRecord> changes;

    public ChildrenInCareHealthService(UnitOfWork unitOfWork, CareHealthRecords records, ContextRecordAccess access,
                                       IntegrationEvents events, WorkingDayCalendar calendar, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.records = records;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the child in care's health record", records::find,
                records::add, records::update, event -> List.of());
    }

    @Override
    public CareHealthView registerEntryToCare(Caller caller, RegisterEntryToCare command) {
        ChildId child = childId(command.childId());
        return unitOfWork.inTransaction(() -> {
            access.authorise(caller, intent(RecordAction.CREATE, "health duty to a child entering care"), child);
            Optional<CareHealthRecord> opened = records.forPeriod(command.periodId());
            if (opened.isPresent()) {
                return view(opened.get()); // this period of care already has its record
            }
            Changed<CareHealthRecord> created = CareHealthRecord.open(UUID.randomUUID(), child, command.periodId(),
                    command.dateOfBirth(), command.enteredCareOn(), calendar);
            records.add(created.after());
            return view(created.after());
        });
    }

    @Override
    public CareHealthView recordCheck(Caller caller, RecordHealthCheck command) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(command.recordId(), command.version(),
                guarded(caller, intent(RecordAction.UPDATE, "recording a child in care's health check")),
                r -> r.record(command.kind(), command.checkedOn(), command.sdqScore(), command.upToDate(),
                        command.sdqReason(), command.interventionReceived(), command.interventionOffered(), today),
                ChildrenInCareHealthService::view);
    }

    @Override
    public CareHealthView record(Caller caller, UUID recordId) {
        return changes.read(recordId, guarded(caller, intent(RecordAction.READ, "viewing a child in care's health record")),
                ChildrenInCareHealthService::view);
    }

    @Override
    public List<CareHealthView> childRecords(Caller caller, String childId) {
        ChildId child = childId(childId);
        return unitOfWork.inTransaction(() -> {
            access.authorise(caller, intent(RecordAction.READ, "viewing a child in care's health records"), child);
            return records.ofChild(child).stream().map(ChildrenInCareHealthService::view).toList();
        });
    }

    @Override
    public CareHealthPage assessmentsDue(Caller caller, int page, int size) {
        var slice = new Slice(page, size);
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = intent(RecordAction.LIST, "listing children in care's health assessments due");
            var found = records.byNextAssessmentDue(access.listScope(caller, listing, LocalDate.now(clock)), slice);
            access.authoriseAll(caller, listing, found.items().stream().map(CareHealthRecord::childId).distinct().toList());
            return new CareHealthPage(found.items().stream().map(ChildrenInCareHealthService::view).toList(),
                    found.total());
        });
    }

    @Override
    public Page<InitialHealthAssessmentDue> initialAssessmentsDue(Caller caller, Slice slice) {
        if (slice.size() > MAX_PAGE_SIZE) {
            throw InvalidInput.of("size", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
        }
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = intent(RecordAction.LIST, "listing initial health assessments due (20 working days)");
            var found = records.initialAssessmentsDue(access.listScope(caller, listing, LocalDate.now(clock)), slice);
            access.authoriseAll(caller, listing, found.items().stream()
                    .map(CareHealthRecords.InitialAssessmentDue::childId).distinct().toList());
            return found.map(d -> new InitialHealthAssessmentDue(d.recordId(), d.childId().toString(),
                    d.enteredCareOn(), d.ihaDueBy(), d.version()));
        });
    }

    @Override
    public List<org.cypf.governance.api.access.TeamCount> countsByTeam(Caller caller,
            org.cypf.governance.api.access.ChildTeams teams) {
        return unitOfWork.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            RecordIntent listing = intent(RecordAction.LIST, "listing initial health assessments due (20 working days)");
            var scope = access.listScope(caller, listing, today);
            // The count names no child: the access port decides the listing and audits none.
            access.authoriseAll(caller, listing, List.of());
            return records.initialAssessmentsDueByTeam(scope, teams, today);
        });
    }

    /** Of the child's records, the latest period of care begun by the year's end answers for the year. */
    @Override
    public Optional<ChildInCareHealthForYear> forYear(Caller caller, String childId, LocalDate yearEnding) {
        ChildId child = childId(childId);
        if (yearEnding == null) {
            throw InvalidInput.of("yearEnding", "is required");
        }
        return unitOfWork.inTransaction(() -> {
            access.authorise(caller, intent(RecordAction.READ, "the SSDA903 return's health of a child in care"), child);
            return ofYear(child, yearEnding);
        });
    }

    @Override
    public List<ChildInCareHealthForYear> forChildren(Caller caller, List<String> childIds, LocalDate yearEnding) {
        if (childIds == null) {
            throw InvalidInput.of("childIds", "is required");
        }
        if (childIds.size() > MAX_CHILDREN) {
            throw InvalidInput.of("childIds", "must name at most " + MAX_CHILDREN + " children");
        }
        if (yearEnding == null) {
            throw InvalidInput.of("yearEnding", "is required");
        }
        List<ChildId> children = childIds.stream().map(ChildrenInCareHealthService::childId).distinct().toList();
        return unitOfWork.inTransaction(() -> {
            access.authoriseAll(caller, intent(RecordAction.READ, "the SSDA903 return's health of children in care"),
                    children);
            Map<ChildId, List<CareHealthRecord>> byChild = records.ofChildren(children).stream()
                    .collect(Collectors.groupingBy(CareHealthRecord::childId));
            return children.stream().map(c -> ofYear(c, byChild.getOrDefault(c, List.of()), yearEnding))
                    .flatMap(Optional::stream).toList();
        });
    }

    /** Of the child's records, the latest period of care begun by the year's end answers for the year. */
    private Optional<ChildInCareHealthForYear> ofYear(ChildId child, LocalDate yearEnding) {
        return ofYear(child, records.ofChild(child), yearEnding);
    }

    /** {@code held}: the child's records, oldest period first. */
    private static Optional<ChildInCareHealthForYear> ofYear(ChildId child, List<CareHealthRecord> held,
                                                             LocalDate yearEnding) {
        return held.stream().filter(r -> !r.enteredCareOn().isAfter(yearEnding))
                .reduce((a, b) -> b).map(r -> {
                    var year = r.year(yearEnding);
                    boolean underFive = r.dateOfBirth().plusYears(CareHealthRecord.DEVELOPMENT_CHECK_UNDER_AGE)
                            .isAfter(yearEnding);
                    return new ChildInCareHealthForYear(child.toString(), yearEnding, bit(year.healthAssessment()),
                            bit(year.teethCheck()), bit(year.immunisationsUpToDate()), year.sdqScore(),
                            year.sdqReason(), underFive && year.developmentUpToDate() != null
                            ? bit(year.developmentUpToDate()) : null, bit(year.substanceMisuse()),
                            year.interventionReceived() == null ? null : bit(year.interventionReceived()),
                            year.interventionOffered() == null ? null : bit(year.interventionOffered()));
                });
    }

    /** Authorises the record found, and an id that names none before it is said (ADR 0033; ACCESS-01 sees the calls here). */
    private RecordChanges.Guard<CareHealthRecord> guarded(Caller caller, RecordIntent intent) {
        return RecordChanges.Guard.of(r -> access.authorise(caller, intent, r.childId()),
                () -> access.authoriseMissing(caller, intent));
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }

    private static ChildId childId(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("childId", "is required");
        }
        try {
            return ChildId.parse(text);
        } catch (RuntimeException e) {
            throw InvalidInput.of("childId", "must be a child identifier (a UUID)");
        }
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    static CareHealthView view(CareHealthRecord r) {
        return new CareHealthView(r.id(), r.childId().toString(), r.periodId(), r.dateOfBirth(), r.enteredCareOn(),
                r.ihaDueBy(), r.initialAssessmentOn().orElse(null), r.initialAssessmentOnTime().orElse(null),
                r.nextAssessmentDue(), r.checks().stream().map(c -> new CareHealthView.Check(c.kind().name(),
                        c.checkedOn(), c.sdqScore(), c.upToDate())).toList(), r.version());
    }
}
