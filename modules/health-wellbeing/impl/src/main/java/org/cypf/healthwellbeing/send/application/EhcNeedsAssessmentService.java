package org.cypf.healthwellbeing.send.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.healthwellbeing.api.event.EhcAdviceRequested;
import org.cypf.healthwellbeing.api.send.CeaseEhcPlan;
import org.cypf.healthwellbeing.api.send.DecideWhetherToAssess;
import org.cypf.healthwellbeing.api.send.EhcNeedsAssessments;
import org.cypf.healthwellbeing.api.send.EhcAdviceDuePage;
import org.cypf.healthwellbeing.api.send.EhcAdviceDueView;
import org.cypf.healthwellbeing.api.send.EhcRequestView;
import org.cypf.healthwellbeing.api.send.GiveEhcAdvice;
import org.cypf.healthwellbeing.api.send.DecideNotToIssuePlan;
import org.cypf.healthwellbeing.api.send.IssueEhcPlan;
import org.cypf.healthwellbeing.api.send.RecordSen2Details;
import org.cypf.healthwellbeing.api.send.WithdrawEhcRequest;
import org.cypf.healthwellbeing.send.domain.Sen2Facts;
import org.cypf.healthwellbeing.api.send.ReceiveEhcAdvice;
import org.cypf.healthwellbeing.api.send.ReceiveEhcRequest;
import org.cypf.healthwellbeing.api.send.RequestEhcAdvice;
import org.cypf.healthwellbeing.api.send.ReviewEhcPlan;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.port.EhcRequests;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.DomainEvent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * EHC needs assessment use cases through the change template ({@link RecordChanges}): the access decision and its
 * audit, the change, and the advice requests published to the outbox commit together or not at all.
 */
public final class EhcNeedsAssessmentService implements EhcNeedsAssessments {
    private static final String RECORD = "ehc-needs-assessment";
    /** Advice given to an assessment: its own record type, so advisers may give it without writing the request. */
    private static final String ADVICE = "ehc-advice";
    /** The largest page a list of requests or advice answers (docs/api/paging.md). */
    public static final int MAX_PAGE_SIZE = 1000;

    private final UnitOfWork unitOfWork;
    private final EhcRequests requests;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final RecordChanges<UUID, EhcRequest> changes;

    public EhcNeedsAssessmentService(UnitOfWork unitOfWork, EhcRequests requests, ContextRecordAccess access,
                                     IntegrationEvents events, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.requests = requests;
        this.access = access;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the request for an EHC needs assessment",
                requests::find, requests::add, requests::update, EhcNeedsAssessmentService::publishedAs);
    }

    @Override
    public EhcRequestView receive(Caller caller, ReceiveEhcRequest command) {
        LocalDate today = LocalDate.now(clock);
        var v = new Violations();
        ChildId child = v.required("childId", command.childId(), ChildId::parse);
        NhsNumber nhs = v.optional("nhsNumber", command.nhsNumber(), NhsNumber::parse);
        v.throwIfAny();
        return changes.create(() -> {
            access.authorise(caller, intent(RecordAction.CREATE, "recording a request for an EHC needs assessment"),
                    child);
            return EhcRequest.receive(UUID.randomUUID(), child, nhs, command.receivedOn(), today);
        }, EhcNeedsAssessmentService::view);
    }

    @Override
    public EhcRequestView decide(Caller caller, DecideWhetherToAssess c) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, c.requestId(), c.version(), "deciding whether to assess",
                r -> r.decide(c.decidedOn(), c.decision(), today));
    }

    @Override
    public EhcRequestView requestAdvice(Caller caller, RequestEhcAdvice c) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, c.requestId(), c.version(), "asking for advice to an EHC needs assessment",
                r -> r.requestAdvice(c.adviser(), c.requestedOn(), today));
    }

    @Override
    public EhcRequestView adviceReceived(Caller caller, ReceiveEhcAdvice c) {
        return unitOfWork.inTransaction(() -> {
            RecordIntent intent = intent(RecordAction.UPDATE, "recording advice to an EHC needs assessment");
            EhcRequest r = requests.find(c.requestId()).orElseThrow(() -> {
                access.authoriseMissing(caller, intent);
                return new NotFound("no request for an EHC needs assessment " + c.requestId());
            });
            access.authorise(caller, intent, r.childId());
            var changed = r.adviceReceived(c.adviser(), c.receivedOn());
            if (changed.isEmpty()) {
                return view(r); // this adviser's answer was recorded already
            }
            requests.update(changed.get().after(), r.version());
            return view(changed.get().after());
        });
    }

    @Override
    public EhcRequestView giveAdvice(Caller caller, GiveEhcAdvice c) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(c.requestId(), c.version(),
                guarded(caller, new RecordIntent(ADVICE, RecordAction.UPDATE,
                        "giving advice to an EHC needs assessment")),
                r -> r.adviceGiven(c.adviser(), c.givenOn(), caller.userId(), c.summary(), today),
                EhcNeedsAssessmentService::view);
    }

    @Override
    public EhcAdviceDuePage adviceDue(Caller caller, String adviser, boolean overdueOnly, int page, int size) {
        var v = new Violations();
        String who = adviser == null || adviser.isBlank() ? null : adviser.strip();
        if (who != null && !EhcRequest.ADVISERS.contains(who)) {
            v.add("adviser", "must be one of " + String.join(", ", EhcRequest.ADVISERS));
        }
        Slice slice = slice(v, page, size);
        v.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        return unitOfWork.inSnapshot(() -> {
            RecordIntent listing = new RecordIntent(ADVICE, RecordAction.LIST, "listing advice due to EHC needs assessments");
            var found = requests.adviceDue(who, overdueOnly ? today : null,
                    access.listScope(caller, listing, today), slice);
            access.authoriseAll(caller, listing, found.items().stream().map(EhcRequests.AdviceDue::childId)
                    .distinct().toList());
            return new EhcAdviceDuePage(found.items().stream().map(a -> new EhcAdviceDueView(a.requestId(),
                    a.childId().toString(), a.adviser(), a.requestedOn(), a.dueBy(), today.isAfter(a.dueBy()),
                    Math.max(0, ChronoUnit.DAYS.between(a.dueBy(), today)), a.version())).toList(), found.total());
        });
    }

    private static Slice slice(Violations v, int page, int size) {
        if (page < 1) {
            v.add("page", "must be a whole number from 1");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            v.add("size", "must be a whole number from 1 to " + MAX_PAGE_SIZE);
        }
        return page < 1 || size < 1 ? null : new Slice(page, size);
    }

    @Override
    public EhcRequestView recordSen2Details(Caller caller, RecordSen2Details c) {
        LocalDate today = LocalDate.now(clock);
        var given = new Sen2Facts(blank(c.surname()), blank(c.forename()), c.birthDate(), blank(c.sex()),
                blank(c.ethnicity()), blank(c.postcode()), blank(c.upn()), blank(c.uln()), blank(c.upnUnknown()),
                c.requestSource(), c.rya(), null, null);
        return change(caller, c.requestId(), c.version(), "recording a request's SEN2 details",
                r -> r.recordSen2Details(given, today));
    }

    @Override
    public EhcRequestView withdraw(Caller caller, WithdrawEhcRequest c) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, c.requestId(), c.version(), "recording that an EHC request was withdrawn",
                r -> r.withdraw(c.withdrawnOn(), today));
    }

    @Override
    public EhcRequestView decideNotToIssue(Caller caller, DecideNotToIssuePlan c) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, c.requestId(), c.version(), "deciding not to issue an EHC plan",
                r -> r.decideNotToIssue(c.decidedOn(), today));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public EhcRequestView issuePlan(Caller caller, IssueEhcPlan c) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, c.requestId(), c.version(), "issuing an EHC plan",
                r -> r.issuePlan(c.draftIssuedOn(), c.issuedOn(), c.needTypes(), c.namedSetting(), c.exception(), today));
    }

    @Override
    public EhcRequestView reviewPlan(Caller caller, ReviewEhcPlan c) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, c.requestId(), c.version(), "recording an EHC plan's annual review",
                r -> r.review(c.reviewedOn(), today));
    }

    @Override
    public EhcRequestView ceasePlan(Caller caller, CeaseEhcPlan c) {
        LocalDate today = LocalDate.now(clock);
        return change(caller, c.requestId(), c.version(), "ceasing an EHC plan",
                r -> r.cease(c.ceasedOn(), c.reason(), today));
    }

    @Override
    public EhcRequestView request(Caller caller, UUID requestId) {
        return changes.read(requestId,
                guarded(caller, intent(RecordAction.READ, "viewing a request for an EHC needs assessment")),
                EhcNeedsAssessmentService::view);
    }

    private EhcRequestView change(Caller caller, UUID id, long version, String purpose,
                                  Function<EhcRequest, Changed<EhcRequest>> apply) {
        return changes.change(id, version,
                guarded(caller, intent(RecordAction.UPDATE, purpose)), apply,
                EhcNeedsAssessmentService::view);
    }

    /** Authorises the record found, and an id that names none before it is said (ADR 0033; ACCESS-01 sees the calls here). */
    private RecordChanges.Guard<EhcRequest> guarded(Caller caller, RecordIntent intent) {
        return RecordChanges.Guard.of(r -> access.authorise(caller, intent, r.childId()),
                () -> access.authoriseMissing(caller, intent));
    }

    private static List<IntegrationEvent> publishedAs(DomainEvent event) {
        return switch (event) {
            case EhcRequest.AdviceRequested(EhcRequest r, EhcRequest.AdviceRequest a) -> List.of(
                    new EhcAdviceRequested(r.childId().toString(), r.id(), a.adviser(), a.requestedOn(), a.dueBy()));
            default -> List.of();
        };
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    static EhcRequestView view(EhcRequest r) {
        return new EhcRequestView(r.id(), r.childId().toString(), r.nhsNumber() == null ? null : r.nhsNumber().value(),
                r.receivedOn(), r.decisionDueBy(), r.decidedOn(), r.decision() == null ? null : r.decision().name(),
                r.advice().stream().map(a -> new EhcRequestView.Advice(a.adviser(), a.requestedOn(), a.dueBy(),
                        a.receivedOn(), a.onTime(), a.answeredBy(), a.summary())).toList(),
                r.planDueBy(), r.draftIssuedOn(), r.planIssuedOn(), r.planWithinTwentyWeeks(), r.exception(),
                r.needTypes(), r.namedSetting(), r.annualReviews(), r.nextReviewDue(), r.ceasedOn(), r.ceaseReason(),
                r.sen2().withdrawnOn(), r.sen2().notToIssueOn(), r.version());
    }
}
