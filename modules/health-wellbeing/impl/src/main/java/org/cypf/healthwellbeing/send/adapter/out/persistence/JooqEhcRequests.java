package org.cypf.healthwellbeing.send.adapter.out.persistence;

import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.EHC_ADVICE_REQUEST;
import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.EHC_ANNUAL_REVIEW;
import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.EHC_REQUEST;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.healthwellbeing.send.domain.EhcRequest;
import org.cypf.healthwellbeing.send.domain.Sen2Facts;
import org.cypf.healthwellbeing.send.port.EhcRequests;
import org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.tables.records.EhcRequestRecord;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/** {@code health_wellbeing.ehc_request}, its advice requests and annual reviews (both only ever added to). */
public final class JooqEhcRequests implements EhcRequests {
    private final ContextDatabase database;

    public JooqEhcRequests(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<EhcRequest> find(UUID requestId) {
        return where(EHC_REQUEST.REQUEST_ID.eq(requestId)).stream().findFirst();
    }

    @Override
    public List<EhcRequest> plansIssuedBetween(LocalDate from, LocalDate to) {
        return where(EHC_REQUEST.PLAN_ISSUED_ON.between(from, to));
    }

    @Override
    public List<EhcRequest> forSen2(LocalDate from, LocalDate referenceDate) {
        // spelled without NOT, which SQL's nulls would turn against a request not yet decided or ceased
        return where(EHC_REQUEST.RECEIVED_ON.le(referenceDate)
                .and(EHC_REQUEST.DECISION.isNull().or(EHC_REQUEST.DECISION.ne("NOT_TO_ASSESS"))
                        .or(EHC_REQUEST.DECIDED_ON.ge(from)))
                .and(EHC_REQUEST.CEASED_ON.isNull().or(EHC_REQUEST.CEASED_ON.ge(from)))
                .and(EHC_REQUEST.WITHDRAWN_ON.isNull().or(EHC_REQUEST.WITHDRAWN_ON.ge(from)))
                .and(EHC_REQUEST.NOT_TO_ISSUE_ON.isNull().or(EHC_REQUEST.NOT_TO_ISSUE_ON.ge(from))));
    }

    @Override
    public Page<AdviceDue> adviceDue(String adviser, LocalDate overdueOn, ListScope scope, Slice slice) {
        Condition which = EHC_ADVICE_REQUEST.RECEIVED_ON.isNull();
        if (adviser != null) {
            which = which.and(EHC_ADVICE_REQUEST.ADVISER.eq(adviser));
        }
        if (overdueOn != null) {
            which = which.and(EHC_ADVICE_REQUEST.DUE_BY.lt(overdueOn));
        }
        if (!scope.wholePartnership()) {
            which = which.and(EHC_REQUEST.CHILD_ID.eq(DSL.any(scope.childIds())));
        }
        var dsl = database.transactionalDsl();
        var items = dsl.select(EHC_ADVICE_REQUEST.REQUEST_ID, EHC_REQUEST.CHILD_ID, EHC_ADVICE_REQUEST.ADVISER,
                        EHC_ADVICE_REQUEST.REQUESTED_ON, EHC_ADVICE_REQUEST.DUE_BY, EHC_REQUEST.VERSION)
                .from(EHC_ADVICE_REQUEST).join(EHC_REQUEST).on(EHC_REQUEST.REQUEST_ID.eq(EHC_ADVICE_REQUEST.REQUEST_ID))
                .where(which)
                .orderBy(EHC_ADVICE_REQUEST.DUE_BY, EHC_ADVICE_REQUEST.REQUEST_ID, EHC_ADVICE_REQUEST.ADVISER)
                .offset(slice.offset()).limit(slice.size())
                .fetch(r -> new AdviceDue(r.value1(), ChildId.of(r.value2()), r.value3(), r.value4(), r.value5(),
                        r.value6()));
        long total = dsl.selectCount().from(EHC_ADVICE_REQUEST).join(EHC_REQUEST)
                .on(EHC_REQUEST.REQUEST_ID.eq(EHC_ADVICE_REQUEST.REQUEST_ID)).where(which).fetchOne(0, long.class);
        return new Page<>(items, total);
    }

    /**
     * The requests {@code condition} picks, each with its advice requests and annual reviews read in the same
     * statement (jOOQ's multiset): one snapshot, so a read while an answer commits never shows a request's version
     * beside advice of another version, and a year's SEN2 requests cost one round trip, not three a request.
     */
    private List<EhcRequest> where(Condition condition) {
        Field<List<EhcRequest.AdviceRequest>> advice = DSL.multiset(DSL.select(EHC_ADVICE_REQUEST.ADVISER,
                        EHC_ADVICE_REQUEST.REQUESTED_ON, EHC_ADVICE_REQUEST.DUE_BY, EHC_ADVICE_REQUEST.RECEIVED_ON,
                        EHC_ADVICE_REQUEST.ANSWERED_BY, EHC_ADVICE_REQUEST.SUMMARY)
                .from(EHC_ADVICE_REQUEST).where(EHC_ADVICE_REQUEST.REQUEST_ID.eq(EHC_REQUEST.REQUEST_ID))
                .orderBy(EHC_ADVICE_REQUEST.REQUESTED_ON, EHC_ADVICE_REQUEST.ADVISER))
                .as("advice").convertFrom(rows -> rows.map(a -> new EhcRequest.AdviceRequest(a.value1(), a.value2(),
                        a.value3(), a.value4(), a.value5(), a.value6())));
        Field<List<LocalDate>> reviews = DSL.multiset(DSL.select(EHC_ANNUAL_REVIEW.REVIEWED_ON).from(EHC_ANNUAL_REVIEW)
                        .where(EHC_ANNUAL_REVIEW.REQUEST_ID.eq(EHC_REQUEST.REQUEST_ID))
                        .orderBy(EHC_ANNUAL_REVIEW.REVIEWED_ON))
                .as("reviews").convertFrom(rows -> rows.map(Record1::value1));
        return database.transactionalDsl().select(EHC_REQUEST.asterisk(), advice, reviews).from(EHC_REQUEST)
                .where(condition).orderBy(EHC_REQUEST.RECEIVED_ON, EHC_REQUEST.REQUEST_ID)
                .fetch(read -> {
            EhcRequestRecord r = read.into(EHC_REQUEST);
            return EhcRequest.rebuild(r.getRequestId(), ChildId.of(r.getChildId()),
                    r.getNhsNumber() == null ? null : NhsNumber.parse(r.getNhsNumber()), r.getReceivedOn(),
                    r.getDecidedOn(), r.getDecision() == null ? null : EhcRequest.Decision.valueOf(r.getDecision()),
                    read.get(advice), r.getDraftIssuedOn(), r.getPlanIssuedOn(), r.getException(),
                    List.of(r.getNeedTypes()), r.getNamedSetting(), read.get(reviews), r.getCeasedOn(),
                    r.getCeaseReason(),
                    new Sen2Facts(r.getSurname(), r.getForename(), r.getBirthDate(), r.getSex(), r.getEthnicity(),
                            r.getPostcode(), r.getUpn(), r.getUln(), r.getUpnUnknown(), r.getRequestSource(),
                            r.getRya(), r.getWithdrawnOn(), r.getNotToIssueOn()),
                    r.getVersion());
                });
    }

    @Override
    public void add(EhcRequest request) {
        EhcRequestRecord row = database.transactionalDsl().newRecord(EHC_REQUEST);
        row.setRequestId(request.id());
        row.setChildId(request.childId().value());
        row.setReceivedOn(request.receivedOn());
        fill(row, request);
        // the request's id is its key: a second request under it is a conflict, not a fault of the store
        UniqueViolations.refusedAsConflict(row::insert, "a request for an EHC needs assessment is held under this id already");
        addChildren(request);
    }

    @Override
    public void update(EhcRequest request, long expectedVersion) {
        var dsl = database.transactionalDsl();
        EhcRequestRecord row = dsl.newRecord(EHC_REQUEST);
        fill(row, request);
        row.changed(EHC_REQUEST.REQUEST_ID, false);
        int updated = dsl.update(EHC_REQUEST).set(row)
                .where(EHC_REQUEST.REQUEST_ID.eq(request.id()).and(EHC_REQUEST.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the request for an EHC needs assessment", expectedVersion);
        }
        addChildren(request);
    }

    private static void fill(EhcRequestRecord row, EhcRequest r) {
        row.setNhsNumber(r.nhsNumber() == null ? null : r.nhsNumber().value());
        row.setDecisionDueBy(r.decisionDueBy());
        row.setDecidedOn(r.decidedOn());
        row.setDecision(r.decision() == null ? null : r.decision().name());
        row.setPlanDueBy(r.planDueBy());
        row.setDraftIssuedOn(r.draftIssuedOn());
        row.setPlanIssuedOn(r.planIssuedOn());
        row.setException(r.exception());
        row.setNeedTypes(r.needTypes().toArray(String[]::new));
        row.setNamedSetting(r.namedSetting());
        row.setCeasedOn(r.ceasedOn());
        row.setCeaseReason(r.ceaseReason());
        Sen2Facts f = r.sen2();
        row.setSurname(f.surname());
        row.setForename(f.forename());
        row.setBirthDate(f.birthDate());
        row.setSex(f.sex());
        row.setEthnicity(f.ethnicity());
        row.setPostcode(f.postcode());
        row.setUpn(f.upn());
        row.setUln(f.uln());
        row.setUpnUnknown(f.upnUnknown());
        row.setRequestSource(f.requestSource());
        row.setRya(f.rya());
        row.setWithdrawnOn(f.withdrawnOn());
        row.setNotToIssueOn(f.notToIssueOn());
        row.setVersion(r.version());
    }

    /** Advice requests and reviews are only added: insert those not yet stored. */
    private void addChildren(EhcRequest r) {
        var dsl = database.transactionalDsl();
        for (var a : r.advice()) {
            dsl.insertInto(EHC_ADVICE_REQUEST)
                    .set(EHC_ADVICE_REQUEST.REQUEST_ID, r.id()).set(EHC_ADVICE_REQUEST.ADVISER, a.adviser())
                    .set(EHC_ADVICE_REQUEST.REQUESTED_ON, a.requestedOn()).set(EHC_ADVICE_REQUEST.DUE_BY, a.dueBy())
                    .onConflictDoNothing().execute();
            if (a.receivedOn() != null) {
                dsl.update(EHC_ADVICE_REQUEST).set(EHC_ADVICE_REQUEST.RECEIVED_ON, a.receivedOn())
                        .set(EHC_ADVICE_REQUEST.ANSWERED_BY, a.answeredBy()).set(EHC_ADVICE_REQUEST.SUMMARY, a.summary())
                        .where(EHC_ADVICE_REQUEST.REQUEST_ID.eq(r.id()).and(EHC_ADVICE_REQUEST.ADVISER.eq(a.adviser()))
                                .and(EHC_ADVICE_REQUEST.RECEIVED_ON.isNull())).execute();
            }
        }
        for (var on : r.annualReviews()) {
            dsl.insertInto(EHC_ANNUAL_REVIEW).set(EHC_ANNUAL_REVIEW.REQUEST_ID, r.id())
                    .set(EHC_ANNUAL_REVIEW.REVIEWED_ON, on).onConflictDoNothing().execute();
        }
    }
}
