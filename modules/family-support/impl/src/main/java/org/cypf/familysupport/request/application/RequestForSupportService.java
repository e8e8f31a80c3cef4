package org.cypf.familysupport.request.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.familysupport.api.request.HandedOverFamilyMember;
import org.cypf.familysupport.api.request.HandedOverHistory;
import org.cypf.familysupport.api.request.OpenRequestFromStepDown;
import org.cypf.familysupport.api.request.ReceiveRequestForSupport;
import org.cypf.familysupport.api.request.RecordConsent;
import org.cypf.familysupport.api.request.RecordProviderDecision;
import org.cypf.familysupport.api.request.RequestForSupportView;
import org.cypf.familysupport.api.request.RequestsForSupport;
import org.cypf.familysupport.api.request.TriageRequestForSupport;
import org.cypf.familysupport.directory.port.Directory;
import org.cypf.familysupport.family.port.FamilyGroupings;
import org.cypf.familysupport.request.domain.HandedOver;
import org.cypf.familysupport.request.domain.RequestForSupport;
import org.cypf.familysupport.request.port.RequestForSupportRecords;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ContextRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.governance.api.access.RecordIntent;
import org.cypf.kernel.change.RecordChanges;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.FamilyId;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Requests for support, each use case in one unit of work through the change template ({@link RecordChanges}),
 * authorised and audited as the child's record. A community service referral names a service the directory holds.
 */
public final class RequestForSupportService implements RequestsForSupport {
    private static final String RECORD = "request-for-support";

    private final UnitOfWork unitOfWork;
    private final RequestForSupportRecords requests;
    private final Directory directory;
    private final FamilyGroupings families;
    private final ContextRecordAccess access;
    private final Clock clock;
    private final RecordChanges<UUID, RequestForSupport> changes;

    public RequestForSupportService(UnitOfWork unitOfWork, RequestForSupportRecords requests, Directory directory,
                                    FamilyGroupings families, ContextRecordAccess access, IntegrationEvents events,
                                    Clock clock) {
        this.unitOfWork = unitOfWork;
        this.requests = requests;
        this.directory = directory;
        this.families = families;
        this.access = access;
        this.clock = clock;
        this.changes = new RecordChanges<>(unitOfWork, events, "the request for support", requests::find,
                requests::add, requests::update, event -> List.of());
    }

    @Override
    public RequestForSupportView receive(Caller caller, ReceiveRequestForSupport c) {
        ChildId child = childId(c.childId());
        LocalDate today = LocalDate.now(clock);
        return changes.create(() -> {
            access.authorise(caller, intent(RecordAction.CREATE, "receiving a request for support"), child);
            return RequestForSupport.received(UUID.randomUUID(), child, c.receivedOn(), c.requestedBy(),
                    c.partnerOrganisation(), c.need(), c.consentGivenBy(), c.consentGivenOn(), today);
        }, this::view);
    }

    @Override
    public RequestForSupportView openFromStepDown(Caller caller, OpenRequestFromStepDown c) {
        ChildId child = childId(c.childId());
        return unitOfWork.inTransaction(() -> {
            access.authorise(caller, intent(RecordAction.CREATE, "opening a request for support stepped down from "
                    + "social care"), child);
            // once per contact: a second delivery of the same step-down finds the request the first one opened
            return requests.steppedDownFrom(c.contactId()).map(this::view)
                    .orElseGet(() -> changes.create(() -> RequestForSupport.steppedDown(UUID.randomUUID(), child,
                            c.contactId(), c.decidedOn(), c.worry(), handedOver(c.handedOver())),
                            this::view));
        });
    }

    @Override
    public RequestForSupportView recordConsent(Caller caller, RecordConsent c) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(c.requestId(), c.version(),
                guard(caller, intent(RecordAction.UPDATE, "recording the family's consent"),
                        RequestForSupport::childId),
                r -> r.recordConsent(c.consentGivenBy(), c.consentGivenOn(), today), this::view);
    }

    @Override
    public RequestForSupportView triage(Caller caller, TriageRequestForSupport c) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(c.requestId(), c.version(),
                guard(caller, intent(RecordAction.UPDATE, "triaging a request for support"),
                        RequestForSupport::childId),
                r -> {
                    if (c.directoryServiceId() != null && directory.service(c.directoryServiceId()).isEmpty()) {
                        throw InvalidInput.of("directoryServiceId", "names no service in the directory");
                    }
                    return r.triage(c.triagedOn(), c.outcome(), c.directoryServiceId(), today);
                }, this::view);
    }

    @Override
    public RequestForSupportView recordProviderDecision(Caller caller, RecordProviderDecision c) {
        LocalDate today = LocalDate.now(clock);
        return changes.change(c.requestId(), c.version(),
                guard(caller, intent(RecordAction.UPDATE, "recording a provider's decision"),
                        RequestForSupport::childId),
                r -> r.providerDecides(c.decidedOn(), c.decision(), today), this::view);
    }

    @Override
    public RequestForSupportView request(Caller caller, UUID requestId) {
        return changes.read(requestId,
                guard(caller, intent(RecordAction.READ, "viewing a request for support"),
                        RequestForSupport::childId),
                this::view);
    }

    private static ChildId childId(String text) {
        try {
            return ChildId.parse(text);
        } catch (RuntimeException e) {
            throw InvalidInput.of("childId", "must be the child's partnership identifier (a UUID)");
        }
    }

    private static HandedOver handedOver(HandedOverHistory h) {
        return h == null ? new HandedOver(null, null, List.of()) : new HandedOver(h.referralSource(), h.dateOfBirth(),
                h.familyMembers().stream().map(m -> new HandedOver.Member(m.name(), m.relationship())).toList());
    }

    /** The request as its readers see it, with the family grouping its child is in now. */
    private RequestForSupportView view(RequestForSupport r) {
        HandedOver h = r.handedOver();
        FamilyId family = families.familiesOf(List.of(r.childId())).get(r.childId());
        return new RequestForSupportView(r.id(), r.childId().toString(), family == null ? null : family.value(),
                r.receivedOn(), r.requestedBy().name(),
                r.partnerOrganisation(), r.need(), r.consentGivenBy(), r.consentGivenOn(), r.steppedDownFromContact(),
                r.triageOutcome() == null ? null : r.triageOutcome().name(), r.triagedOn(), r.directoryServiceId(),
                r.providerDecision() == null ? null : r.providerDecision().name(), r.providerDecidedOn(),
                h == null ? null : new HandedOverHistory(h.referralSource(), h.dateOfBirth(), h.familyMembers().stream()
                        .map(m -> new HandedOverFamilyMember(m.name(), m.relationship())).toList()),
                r.version());
    }

    private static RecordIntent intent(RecordAction action, String purpose) {
        return new RecordIntent(RECORD, action, purpose);
    }

    /**
     * ADR 0033 through the access port: a loaded record is authorised on its child, an id naming none is refused alike
     * unless the caller could have seen it. Here, in the use cases' own class, so that rule ACCESS-01 sees each reach
     * the port.
     */
    private <A> org.cypf.kernel.change.RecordChanges.Guard<A> guard(
            Caller caller, org.cypf.governance.api.access.RecordIntent intent,
            java.util.function.Function<A, org.cypf.kernel.identity.ChildId> childOf) {
        return org.cypf.kernel.change.RecordChanges.Guard.of(record -> access.authorise(caller, intent, childOf.apply(record)),
                () -> access.authoriseMissing(caller, intent));
    }
}
