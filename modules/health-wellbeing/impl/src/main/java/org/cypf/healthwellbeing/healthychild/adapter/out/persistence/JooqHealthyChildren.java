package org.cypf.healthwellbeing.healthychild.adapter.out.persistence;

import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.HCP_CHILD;
import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.HCP_REVIEW;
import static org.cypf.healthwellbeing.shared.adapter.out.persistence.jooq.Tables.SCHOOL_NURSING_CONTACT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cypf.healthwellbeing.healthychild.domain.HealthyChild;
import org.cypf.healthwellbeing.healthychild.domain.MandatedReview;
import org.cypf.healthwellbeing.healthychild.port.HealthyChildren;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.UniqueViolations;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * {@code health_wellbeing.hcp_child}, its five {@code hcp_review} rows (written at registration, each outcome set
 * once) and its {@code school_nursing_contact} rows (only ever added to). Lists are filtered and paged in SQL.
 */
public final class JooqHealthyChildren implements HealthyChildren {
    private final ContextDatabase database;

    public JooqHealthyChildren(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<HealthyChild> find(NhsNumber nhsNumber) {
        var dsl = database.transactionalDsl();
        return dsl.selectFrom(HCP_CHILD).where(HCP_CHILD.NHS_NUMBER.eq(nhsNumber.value())).fetchOptional().map(c -> {
            Map<MandatedReview, HealthyChild.Result> results = new EnumMap<>(MandatedReview.class);
            dsl.selectFrom(HCP_REVIEW).where(HCP_REVIEW.NHS_NUMBER.eq(c.getNhsNumber()).and(HCP_REVIEW.OUTCOME.isNotNull()))
                    .forEach(r -> results.put(MandatedReview.valueOf(r.getReview()),
                            new HealthyChild.Result(HealthyChild.Outcome.valueOf(r.getOutcome()), r.getOutcomeOn())));
            var contacts = dsl.selectFrom(SCHOOL_NURSING_CONTACT)
                    .where(SCHOOL_NURSING_CONTACT.NHS_NUMBER.eq(c.getNhsNumber())).orderBy(SCHOOL_NURSING_CONTACT.SEQ)
                    .fetch(r -> new HealthyChild.Contact(r.getContactOn(), r.getSchoolUrn(), r.getHighImpactArea()));
            return HealthyChild.rebuild(NhsNumber.parse(c.getNhsNumber()), ChildId.of(c.getChildId()),
                    c.getDateOfBirth(), results, contacts, c.getVersion());
        });
    }

    @Override
    public boolean childRegistered(ChildId childId) {
        return database.transactionalDsl().fetchExists(HCP_CHILD, HCP_CHILD.CHILD_ID.eq(childId.value()));
    }

    @Override
    public List<ReviewRow> reviews(ReviewFilter filter, long offset, int limit) {
        return database.transactionalDsl()
                .select(HCP_REVIEW.NHS_NUMBER, HCP_CHILD.CHILD_ID, HCP_REVIEW.REVIEW, HCP_REVIEW.OPENS_ON,
                        HCP_REVIEW.CLOSES_ON, HCP_REVIEW.OUTCOME, HCP_REVIEW.OUTCOME_ON)
                .from(HCP_REVIEW).join(HCP_CHILD).on(HCP_CHILD.NHS_NUMBER.eq(HCP_REVIEW.NHS_NUMBER))
                .where(condition(filter))
                .orderBy(HCP_REVIEW.CLOSES_ON, HCP_REVIEW.NHS_NUMBER, HCP_REVIEW.REVIEW)
                .offset(offset).limit(limit)
                .fetch(r -> new ReviewRow(NhsNumber.parse(r.value1()), ChildId.of(r.value2()),
                        MandatedReview.valueOf(r.value3()), r.value4(), r.value5(),
                        r.value6() == null ? null : HealthyChild.Outcome.valueOf(r.value6()), r.value7()));
    }

    @Override
    public long countReviews(ReviewFilter filter) {
        return database.transactionalDsl().fetchCount(HCP_REVIEW, condition(filter));
    }

    @Override
    public ReviewTally tally(MandatedReview review, java.time.LocalDate from, java.time.LocalDate to) {
        var onTime = DSL.count().filterWhere(HCP_REVIEW.OUTCOME.eq("DONE").and(HCP_REVIEW.OUTCOME_ON.le(HCP_REVIEW.CLOSES_ON)));
        var r = database.transactionalDsl().select(DSL.count(), onTime).from(HCP_REVIEW)
                .where(HCP_REVIEW.REVIEW.eq(review.name()).and(HCP_REVIEW.CLOSES_ON.between(from, to))).fetchOne();
        return new ReviewTally(r.value1(), r.value2());
    }

    private static Condition condition(ReviewFilter f) {
        List<Condition> all = new ArrayList<>();
        if (f.review() != null) {
            all.add(HCP_REVIEW.REVIEW.eq(f.review().name()));
        }
        if (f.outstanding()) {
            all.add(HCP_REVIEW.OUTCOME.isNull());
        } else if (f.outcome() != null) {
            all.add(HCP_REVIEW.OUTCOME.eq(f.outcome().name()));
        }
        if (f.closesFrom() != null) {
            all.add(HCP_REVIEW.CLOSES_ON.ge(f.closesFrom()));
        }
        if (f.closesTo() != null) {
            all.add(HCP_REVIEW.CLOSES_ON.le(f.closesTo()));
        }
        if (!f.scope().wholePartnership()) {
            all.add(HCP_REVIEW.NHS_NUMBER.in(DSL.select(HCP_CHILD.NHS_NUMBER).from(HCP_CHILD)
                    .where(HCP_CHILD.CHILD_ID.eq(DSL.any(f.scope().childIds())))));
        }
        return DSL.and(all);
    }

    static final String REGISTERED_ALREADY = "the NHS number or the child is registered with the healthy child"
            + " programme already";

    @Override
    public void add(HealthyChild child) {
        var dsl = database.transactionalDsl();
        // one child per NHS number and one NHS number per child: the keys refuse a second, a conflict, not a fault
        UniqueViolations.refusedAsConflict(() -> dsl.insertInto(HCP_CHILD)
                .set(HCP_CHILD.NHS_NUMBER, child.nhsNumber().value()).set(HCP_CHILD.CHILD_ID, child.childId().value())
                .set(HCP_CHILD.DATE_OF_BIRTH, child.dateOfBirth()).set(HCP_CHILD.VERSION, child.version()).execute(),
                REGISTERED_ALREADY);
        for (MandatedReview review : MandatedReview.values()) {
            dsl.insertInto(HCP_REVIEW).set(HCP_REVIEW.NHS_NUMBER, child.nhsNumber().value())
                    .set(HCP_REVIEW.REVIEW, review.name()).set(HCP_REVIEW.OPENS_ON, review.opensOn(child.dateOfBirth()))
                    .set(HCP_REVIEW.CLOSES_ON, review.closesOn(child.dateOfBirth())).execute();
        }
        writeChanges(child);
    }

    @Override
    public void update(HealthyChild child, long expectedVersion) {
        var dsl = database.transactionalDsl();
        int updated = dsl.update(HCP_CHILD).set(HCP_CHILD.VERSION, child.version())
                .where(HCP_CHILD.NHS_NUMBER.eq(child.nhsNumber().value()).and(HCP_CHILD.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the child's healthy child programme record", expectedVersion);
        }
        writeChanges(child);
    }

    /** Outcomes are set once and contacts only added: write those not yet stored. */
    private void writeChanges(HealthyChild child) {
        var dsl = database.transactionalDsl();
        String nhs = child.nhsNumber().value();
        child.results().forEach((review, result) -> dsl.update(HCP_REVIEW)
                .set(HCP_REVIEW.OUTCOME, result.outcome().name()).set(HCP_REVIEW.OUTCOME_ON, result.on())
                .where(HCP_REVIEW.NHS_NUMBER.eq(nhs).and(HCP_REVIEW.REVIEW.eq(review.name()))
                        .and(HCP_REVIEW.OUTCOME.isNull())).execute());
        for (int seq = 0; seq < child.contacts().size(); seq++) {
            var c = child.contacts().get(seq);
            dsl.insertInto(SCHOOL_NURSING_CONTACT).set(SCHOOL_NURSING_CONTACT.NHS_NUMBER, nhs)
                    .set(SCHOOL_NURSING_CONTACT.SEQ, seq).set(SCHOOL_NURSING_CONTACT.CONTACT_ON, c.contactOn())
                    .set(SCHOOL_NURSING_CONTACT.SCHOOL_URN, c.schoolUrn())
                    .set(SCHOOL_NURSING_CONTACT.HIGH_IMPACT_AREA, c.highImpactArea())
                    .onConflictDoNothing().execute();
        }
    }
}
