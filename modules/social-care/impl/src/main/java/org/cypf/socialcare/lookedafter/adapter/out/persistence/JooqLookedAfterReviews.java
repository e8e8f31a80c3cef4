package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.LOOKED_AFTER_REVIEW;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviews;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.LookedAfterReviewRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** Looked-after reviews in {@code social_care.looked_after_review}. */
public final class JooqLookedAfterReviews implements LookedAfterReviews {
    /** Rows fetched from the cursor at a time when a whole year is read. */
    private static final int FETCH = 5_000;

    private final ContextDatabase database;

    public JooqLookedAfterReviews(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public List<LookedAfterReview> forChild(ChildId child) {
        return database.transactionalDsl().selectFrom(LOOKED_AFTER_REVIEW)
                .where(LOOKED_AFTER_REVIEW.CHILD_ID.eq(child.value()))
                .orderBy(LOOKED_AFTER_REVIEW.REVIEW_DATE).fetch(JooqLookedAfterReviews::review);
    }

    @Override
    public List<LookedAfterReview> forChildren(java.util.Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        return database.transactionalDsl().selectFrom(LOOKED_AFTER_REVIEW)
                // One array parameter, not one per child: a re-import names up to 30,000 children a part.
                .where(LOOKED_AFTER_REVIEW.CHILD_ID.eq(DSL.any(children.stream().map(ChildId::value).toArray(UUID[]::new))))
                .orderBy(LOOKED_AFTER_REVIEW.CHILD_ID, LOOKED_AFTER_REVIEW.REVIEW_DATE)
                .fetch(JooqLookedAfterReviews::review);
    }

    @Override
    public void addAll(List<LookedAfterReview> reviews) {
        try {
            org.cypf.socialcare.shared.adapter.out.persistence.BulkInsert.insert(database.transactionalDsl(),
                    LOOKED_AFTER_REVIEW, List.of(LOOKED_AFTER_REVIEW.REVIEW_ID, LOOKED_AFTER_REVIEW.PERIOD_ID,
                            LOOKED_AFTER_REVIEW.CHILD_ID, LOOKED_AFTER_REVIEW.REVIEW_DATE,
                            LOOKED_AFTER_REVIEW.PARTICIPATION),
                    reviews.stream().map(r -> new Object[] {r.id(), r.periodId(), r.childId().value(), r.date(),
                            r.participation()}).toList());
        } catch (IntegrityConstraintViolationException e) {
            throw new Conflict("a review of one of the children was recorded on the same day at the same moment");
        }
    }

    @Override
    public List<LookedAfterReview> heldBetween(LocalDate from, LocalDate to) {
        // A year's reviews (an SSDA903 export: several a child of a national year) read from JDBC by position, not as
        // jOOQ records, each child's id made once.
        List<LookedAfterReview> found = new ArrayList<>();
        Map<UUID, ChildId> children = new HashMap<>();
        try (ResultSet rs = database.transactionalDsl().select(LOOKED_AFTER_REVIEW.REVIEW_ID,
                        LOOKED_AFTER_REVIEW.PERIOD_ID, LOOKED_AFTER_REVIEW.CHILD_ID, LOOKED_AFTER_REVIEW.REVIEW_DATE,
                        LOOKED_AFTER_REVIEW.PARTICIPATION)
                .from(LOOKED_AFTER_REVIEW)
                .where(LOOKED_AFTER_REVIEW.REVIEW_DATE.between(from, to))
                .orderBy(LOOKED_AFTER_REVIEW.CHILD_ID, LOOKED_AFTER_REVIEW.REVIEW_DATE)
                .fetchSize(FETCH)
                .fetchResultSet()) {
            while (rs.next()) {
                found.add(LookedAfterReview.rebuild(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        children.computeIfAbsent(rs.getObject(3, UUID.class), ChildId::of),
                        rs.getObject(4, LocalDate.class), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading the reviews held in a year failed", e);
        }
        return found;
    }

    @Override
    public void add(LookedAfterReview review) {
        try {
            database.transactionalDsl().insertInto(LOOKED_AFTER_REVIEW)
                    .set(LOOKED_AFTER_REVIEW.REVIEW_ID, review.id())
                    .set(LOOKED_AFTER_REVIEW.PERIOD_ID, review.periodId())
                    .set(LOOKED_AFTER_REVIEW.CHILD_ID, review.childId().value())
                    .set(LOOKED_AFTER_REVIEW.REVIEW_DATE, review.date())
                    .set(LOOKED_AFTER_REVIEW.PARTICIPATION, review.participation())
                    .execute();
        } catch (IntegrityConstraintViolationException e) {
            throw new Conflict("a review of the child on " + review.date() + " was recorded at the same moment");
        }
    }

    private static LookedAfterReview review(LookedAfterReviewRecord r) {
        return LookedAfterReview.rebuild(r.getReviewId(), r.getPeriodId(), ChildId.of(r.getChildId()), r.getReviewDate(),
                r.getParticipation());
    }
}
