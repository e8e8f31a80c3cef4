package org.cypf.healthwellbeing.mentalhealth.adapter.out.persistence;

import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.MH_CONTACT;
import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.MH_OUTCOME_SCORE;
import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.MH_REFERRAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.healthwellbeing.mentalhealth.domain.MentalHealthReferral;
import org.cypf.healthwellbeing.mentalhealth.port.MentalHealthReferrals;
import org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.tables.records.MhReferralRecord;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.governance.api.access.ListScope;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * {@code health_wellbeing.mh_referral} with its contacts and outcome scores (both only added to); the first contact
 * is kept on the referral so waits are counted in SQL. Lists are filtered and paged in SQL.
 */
public final class JooqMentalHealthReferrals implements MentalHealthReferrals {
    private final ContextDatabase database;

    public JooqMentalHealthReferrals(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<MentalHealthReferral> find(UUID referralId) {
        return database.transactionalDsl().selectFrom(MH_REFERRAL).where(MH_REFERRAL.REFERRAL_ID.eq(referralId))
                .fetchOptional().map(this::rebuild);
    }

    @Override
    public List<MentalHealthReferral> received(String source, LocalDate from, LocalDate to, ListScope scope,
                                               long offset, int limit) {
        return database.transactionalDsl().selectFrom(MH_REFERRAL).where(condition(source, from, to, scope))
                .orderBy(MH_REFERRAL.RECEIVED_ON, MH_REFERRAL.REFERRAL_ID).offset(offset).limit(limit)
                .fetch(this::rebuild);
    }

    @Override
    public long countReceived(String source, LocalDate from, LocalDate to, ListScope scope) {
        return database.transactionalDsl().fetchCount(MH_REFERRAL, condition(source, from, to, scope));
    }

    @Override
    public Waits firstContactsBetween(LocalDate from, LocalDate to) {
        var wait = DSL.field("{0} - {1}", Integer.class, MH_REFERRAL.FIRST_CONTACT_ON, MH_REFERRAL.RECEIVED_ON);
        var r = database.transactionalDsl().select(DSL.count(), DSL.coalesce(DSL.sum(wait), java.math.BigDecimal.ZERO))
                .from(MH_REFERRAL).where(MH_REFERRAL.FIRST_CONTACT_ON.between(from, to)).fetchOne();
        return new Waits(r.value1(), r.value2().longValue());
    }

    private static Condition condition(String source, LocalDate from, LocalDate to, ListScope scope) {
        List<Condition> all = new ArrayList<>();
        if (!scope.wholePartnership()) {
            all.add(MH_REFERRAL.CHILD_ID.eq(DSL.any(scope.childIds())));
        }
        if (source != null) {
            all.add(MH_REFERRAL.SOURCE.eq(source));
        }
        if (from != null) {
            all.add(MH_REFERRAL.RECEIVED_ON.ge(from));
        }
        if (to != null) {
            all.add(MH_REFERRAL.RECEIVED_ON.le(to));
        }
        return DSL.and(all);
    }

    private MentalHealthReferral rebuild(MhReferralRecord r) {
        var dsl = database.transactionalDsl();
        var contacts = dsl.select(MH_CONTACT.CONTACT_ON).from(MH_CONTACT)
                .where(MH_CONTACT.REFERRAL_ID.eq(r.getReferralId())).orderBy(MH_CONTACT.CONTACT_ON, MH_CONTACT.SEQ)
                .fetch(MH_CONTACT.CONTACT_ON);
        var scores = dsl.selectFrom(MH_OUTCOME_SCORE).where(MH_OUTCOME_SCORE.REFERRAL_ID.eq(r.getReferralId()))
                .orderBy(MH_OUTCOME_SCORE.SEQ)
                .fetch(s -> new MentalHealthReferral.Score(s.getInstrument(), s.getScoredOn(), s.getScore()));
        return MentalHealthReferral.rebuild(r.getReferralId(), ChildId.of(r.getChildId()), r.getReceivedOn(),
                r.getSource(), contacts, scores, r.getVersion());
    }

    @Override
    public void add(MentalHealthReferral referral) {
        // the referral's id is its key: a second referral under it is a conflict, not a fault of the store
        UniqueViolations.refusedAsConflict(() -> database.transactionalDsl().insertInto(MH_REFERRAL)
                .set(MH_REFERRAL.REFERRAL_ID, referral.id()).set(MH_REFERRAL.CHILD_ID, referral.childId().value())
                .set(MH_REFERRAL.RECEIVED_ON, referral.receivedOn()).set(MH_REFERRAL.SOURCE, referral.source())
                .set(MH_REFERRAL.FIRST_CONTACT_ON, referral.firstContactOn()).set(MH_REFERRAL.VERSION, referral.version())
                .execute(), "a mental health referral is held under this id already");
        addChildren(referral);
    }

    @Override
    public void update(MentalHealthReferral referral, long expectedVersion) {
        int updated = database.transactionalDsl().update(MH_REFERRAL)
                .set(MH_REFERRAL.FIRST_CONTACT_ON, referral.firstContactOn()).set(MH_REFERRAL.VERSION, referral.version())
                .where(MH_REFERRAL.REFERRAL_ID.eq(referral.id()).and(MH_REFERRAL.VERSION.eq(expectedVersion))).execute();
        if (updated != 1) {
            throw new StaleVersion("the mental health referral", expectedVersion);
        }
        addChildren(referral);
    }

    /** Contacts and scores are only added: write those not yet stored, by their place in the order recorded. */
    private void addChildren(MentalHealthReferral r) {
        var dsl = database.transactionalDsl();
        int storedContacts = dsl.fetchCount(MH_CONTACT, MH_CONTACT.REFERRAL_ID.eq(r.id()));
        var held = dsl.select(MH_CONTACT.CONTACT_ON).from(MH_CONTACT).where(MH_CONTACT.REFERRAL_ID.eq(r.id()))
                .fetch(MH_CONTACT.CONTACT_ON);
        List<LocalDate> added = new ArrayList<>(r.contacts());
        held.forEach(added::remove);
        int seq = storedContacts;
        for (LocalDate on : added) {
            dsl.insertInto(MH_CONTACT).set(MH_CONTACT.REFERRAL_ID, r.id()).set(MH_CONTACT.SEQ, seq++)
                    .set(MH_CONTACT.CONTACT_ON, on).execute();
        }
        for (int i = dsl.fetchCount(MH_OUTCOME_SCORE, MH_OUTCOME_SCORE.REFERRAL_ID.eq(r.id())); i < r.scores().size(); i++) {
            var s = r.scores().get(i);
            dsl.insertInto(MH_OUTCOME_SCORE).set(MH_OUTCOME_SCORE.REFERRAL_ID, r.id()).set(MH_OUTCOME_SCORE.SEQ, i)
                    .set(MH_OUTCOME_SCORE.INSTRUMENT, s.instrument()).set(MH_OUTCOME_SCORE.SCORED_ON, s.scoredOn())
                    .set(MH_OUTCOME_SCORE.SCORE, s.score()).execute();
        }
    }
}
