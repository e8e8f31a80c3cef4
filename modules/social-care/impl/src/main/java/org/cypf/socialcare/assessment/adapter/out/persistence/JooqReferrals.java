package org.cypf.socialcare.assessment.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.REFERRAL;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Referrals;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.ReferralRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Referrals (CIN episodes) in {@code social_care.referral}. */
public final class JooqReferrals implements Referrals {
    private final ContextDatabase database;

    public JooqReferrals(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Referral> find(UUID referralId) {
        return load(REFERRAL.REFERRAL_ID.eq(referralId)).stream().findFirst();
    }

    @Override
    public List<Referral> forChild(ChildId child) {
        return load(REFERRAL.CHILD_ID.eq(child.value()));
    }

    @Override
    public org.cypf.kernel.page.Page<Referral> forChild(ChildId child, org.cypf.kernel.page.Slice slice) {
        Condition whose = REFERRAL.CHILD_ID.eq(child.value());
        var dsl = database.transactionalDsl();
        return new org.cypf.kernel.page.Page<>(dsl.selectFrom(REFERRAL).where(whose)
                .orderBy(REFERRAL.REFERRAL_DATE, REFERRAL.RECORDED_AT, REFERRAL.REFERRAL_ID)
                .limit(slice.size()).offset(slice.offset())
                .fetch(JooqReferrals::referral), dsl.fetchCount(REFERRAL, whose));
    }

    @Override
    public List<Referral> forChildrenBetween(Collection<ChildId> children, LocalDate from, LocalDate to) {
        if (children.isEmpty()) {
            return List.of();
        }
        return load(REFERRAL.CHILD_ID.eq(DSL.any(children.stream().map(ChildId::value).toArray(UUID[]::new)))
                .and(REFERRAL.REFERRAL_DATE.between(from, to)));
    }

    @Override
    public List<Referral> datedBetween(LocalDate from, LocalDate to) {
        return load(REFERRAL.REFERRAL_DATE.between(from, to));
    }

    @Override
    public void add(Referral referral) {
        // a child not known to social care (a foreign key) stays the database's error: a fault of the caller
        UniqueViolations.refusedAsConflict(() -> database.transactionalDsl().insertInto(REFERRAL)
                .set(REFERRAL.REFERRAL_ID, referral.id())
                .set(REFERRAL.CHILD_ID, referral.childId().value())
                .set(REFERRAL.REFERRAL_DATE, referral.referralDate())
                .set(REFERRAL.REFERRAL_SOURCE, referral.source())
                .set(REFERRAL.CONTACT_ID, referral.contactId())
                .set(REFERRAL.CLOSURE_DATE, referral.closureDate())
                .set(REFERRAL.CLOSURE_REASON, referral.closureReason())
                .set(REFERRAL.VERSION, referral.version())
                .set(REFERRAL.RECORDED_AT, referral.recordedAt().atOffset(ZoneOffset.UTC))
                .execute(), "a referral is recorded under this id already");
    }

    @Override
    public void update(Referral changed, long expectedVersion) {
        int updated = database.transactionalDsl().update(REFERRAL)
                .set(REFERRAL.CLOSURE_DATE, changed.closureDate())
                .set(REFERRAL.CLOSURE_REASON, changed.closureReason())
                .set(REFERRAL.VERSION, changed.version())
                .where(REFERRAL.REFERRAL_ID.eq(changed.id()).and(REFERRAL.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the referral", expectedVersion);
        }
    }

    private List<Referral> load(Condition which) {
        return database.transactionalDsl().selectFrom(REFERRAL).where(which)
                .orderBy(REFERRAL.REFERRAL_DATE, REFERRAL.RECORDED_AT, REFERRAL.REFERRAL_ID)
                .fetch(JooqReferrals::referral);
    }

    private static Referral referral(ReferralRecord r) {
        return Referral.rebuild(r.getReferralId(), ChildId.of(r.getChildId()), r.getReferralDate(), r.getReferralSource(),
                r.getContactId(), r.getRecordedAt().toInstant(), r.getClosureDate(), r.getClosureReason(),
                r.getVersion());
    }
}
