package org.cypf.familysupport.request.adapter.out.persistence;

import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.REQUEST_FOR_SUPPORT;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.REQUEST_HANDED_OVER_FAMILY_MEMBER;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.request.domain.HandedOver;
import org.cypf.familysupport.request.domain.RequestForSupport;
import org.cypf.familysupport.request.port.RequestForSupportRecords;
import org.cypf.familysupport.shared.adapter.out.persistence.jooq.tables.records.RequestForSupportRecord;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.platform.db.ContextDatabase;

/** {@code family_support.request_for_support}. */
public final class JooqRequestsForSupport implements RequestForSupportRecords {
    private final ContextDatabase database;

    public JooqRequestsForSupport(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<RequestForSupport> find(UUID requestId) {
        return database.transactionalDsl().selectFrom(REQUEST_FOR_SUPPORT)
                .where(REQUEST_FOR_SUPPORT.REQUEST_ID.eq(requestId)).fetchOptional(this::request);
    }

    @Override
    public Optional<RequestForSupport> steppedDownFrom(UUID contactId) {
        return database.transactionalDsl().selectFrom(REQUEST_FOR_SUPPORT)
                .where(REQUEST_FOR_SUPPORT.STEPPED_DOWN_FROM_CONTACT.eq(contactId))
                .fetchOptional(this::request);
    }

    @Override
    public void add(RequestForSupport r) {
        // an id held already, or two deliveries of one step-down at once (the unique contact keeps the first)
        UniqueViolations.refusedAsConflict(() -> insert(r), r.steppedDownFromContact() == null
                ? "a request for support is held under this id already"
                : "a request for support was already opened from this contact's step-down, or is held under this id");
    }

    private void insert(RequestForSupport r) {
        database.transactionalDsl().insertInto(REQUEST_FOR_SUPPORT)
                .set(REQUEST_FOR_SUPPORT.REQUEST_ID, r.id())
                .set(REQUEST_FOR_SUPPORT.CHILD_ID, r.childId().value())
                .set(REQUEST_FOR_SUPPORT.RECEIVED_ON, r.receivedOn())
                .set(REQUEST_FOR_SUPPORT.REQUESTED_BY, r.requestedBy().name())
                .set(REQUEST_FOR_SUPPORT.PARTNER_ORGANISATION, r.partnerOrganisation())
                .set(REQUEST_FOR_SUPPORT.NEED, r.need())
                .set(REQUEST_FOR_SUPPORT.CONSENT_GIVEN_BY, r.consentGivenBy())
                .set(REQUEST_FOR_SUPPORT.CONSENT_GIVEN_ON, r.consentGivenOn())
                .set(REQUEST_FOR_SUPPORT.STEPPED_DOWN_FROM_CONTACT, r.steppedDownFromContact())
                .set(REQUEST_FOR_SUPPORT.HANDED_OVER_REFERRAL_SOURCE,
                        r.handedOver() == null ? null : r.handedOver().referralSource())
                .set(REQUEST_FOR_SUPPORT.HANDED_OVER_DATE_OF_BIRTH,
                        r.handedOver() == null ? null : r.handedOver().dateOfBirth())
                .set(REQUEST_FOR_SUPPORT.VERSION, r.version())
                .execute();
        if (r.handedOver() != null) {
            List<HandedOver.Member> members = r.handedOver().familyMembers();
            for (int position = 0; position < members.size(); position++) {
                database.transactionalDsl().insertInto(REQUEST_HANDED_OVER_FAMILY_MEMBER)
                        .set(REQUEST_HANDED_OVER_FAMILY_MEMBER.REQUEST_ID, r.id())
                        .set(REQUEST_HANDED_OVER_FAMILY_MEMBER.POSITION, position)
                        .set(REQUEST_HANDED_OVER_FAMILY_MEMBER.NAME, members.get(position).name())
                        .set(REQUEST_HANDED_OVER_FAMILY_MEMBER.RELATIONSHIP, members.get(position).relationship())
                        .execute();
            }
        }
    }

    @Override
    public void update(RequestForSupport r, long expectedVersion) {
        int updated = database.transactionalDsl().update(REQUEST_FOR_SUPPORT)
                .set(REQUEST_FOR_SUPPORT.CONSENT_GIVEN_BY, r.consentGivenBy())
                .set(REQUEST_FOR_SUPPORT.CONSENT_GIVEN_ON, r.consentGivenOn())
                .set(REQUEST_FOR_SUPPORT.TRIAGE_OUTCOME, r.triageOutcome() == null ? null : r.triageOutcome().name())
                .set(REQUEST_FOR_SUPPORT.TRIAGED_ON, r.triagedOn())
                .set(REQUEST_FOR_SUPPORT.DIRECTORY_SERVICE_ID, r.directoryServiceId())
                .set(REQUEST_FOR_SUPPORT.PROVIDER_DECISION, r.providerDecision() == null ? null : r.providerDecision().name())
                .set(REQUEST_FOR_SUPPORT.PROVIDER_DECIDED_ON, r.providerDecidedOn())
                .set(REQUEST_FOR_SUPPORT.VERSION, r.version())
                .where(REQUEST_FOR_SUPPORT.REQUEST_ID.eq(r.id()).and(REQUEST_FOR_SUPPORT.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the request for support", expectedVersion);
        }
    }

    @Override
    public long responses(Map<LocalDate, LocalDate> dueBy, LocalDate asAt, boolean withinTargetOnly) {
        LocalDate[] days = dueBy.keySet().toArray(LocalDate[]::new);
        LocalDate[] due = Arrays.stream(days).map(dueBy::get).toArray(LocalDate[]::new);
        String sql = """
                select count(*) from family_support.request_for_support r
                join unnest(?::date[], ?::date[]) as t(received_on, due_on) on r.received_on = t.received_on
                where (r.triaged_on is not null or t.due_on < ?)""" + (withinTargetOnly ? " and r.triaged_on <= t.due_on" : "");
        return ((Number) database.transactionalDsl().fetchValue(sql, days, due, asAt)).longValue();
    }

    private RequestForSupport request(RequestForSupportRecord r) {
        HandedOver handedOver = r.getSteppedDownFromContact() == null ? null : new HandedOver(
                r.getHandedOverReferralSource(), r.getHandedOverDateOfBirth(),
                database.transactionalDsl().selectFrom(REQUEST_HANDED_OVER_FAMILY_MEMBER)
                        .where(REQUEST_HANDED_OVER_FAMILY_MEMBER.REQUEST_ID.eq(r.getRequestId()))
                        .orderBy(REQUEST_HANDED_OVER_FAMILY_MEMBER.POSITION)
                        .fetch(m -> new HandedOver.Member(m.getName(), m.getRelationship())));
        return RequestForSupport.rebuild(r.getRequestId(), ChildId.of(r.getChildId()), r.getReceivedOn(),
                RequestForSupport.Requester.valueOf(r.getRequestedBy()), r.getPartnerOrganisation(), r.getNeed(),
                r.getConsentGivenBy(), r.getConsentGivenOn(), r.getSteppedDownFromContact(),
                r.getTriageOutcome() == null ? null : RequestForSupport.TriageOutcome.valueOf(r.getTriageOutcome()),
                r.getTriagedOn(), r.getDirectoryServiceId(),
                r.getProviderDecision() == null ? null : RequestForSupport.ProviderDecision.valueOf(r.getProviderDecision()),
                r.getProviderDecidedOn(), r.getVersion(), handedOver);
    }
}
