package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.MISSING_EPISODE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.lookedafter.domain.MissingEpisode;
import org.cypf.socialcare.lookedafter.port.MissingEpisodes;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.MissingEpisodeRecord;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** Missing and away episodes in {@code social_care.missing_episode}. */
public final class JooqMissingEpisodes implements MissingEpisodes {
    private final ContextDatabase database;

    public JooqMissingEpisodes(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<MissingEpisode> find(UUID missingId) {
        return database.transactionalDsl().selectFrom(MISSING_EPISODE).where(MISSING_EPISODE.MISSING_ID.eq(missingId))
                .fetchOptional(JooqMissingEpisodes::episode);
    }

    @Override
    public List<MissingEpisode> forChild(ChildId child) {
        return database.transactionalDsl().selectFrom(MISSING_EPISODE).where(MISSING_EPISODE.CHILD_ID.eq(child.value()))
                .orderBy(MISSING_EPISODE.START_DATE, MISSING_EPISODE.KIND).fetch(JooqMissingEpisodes::episode);
    }

    @Override
    public org.cypf.kernel.page.Page<MissingEpisode> forChild(ChildId child, org.cypf.kernel.page.Slice slice) {
        var dsl = database.transactionalDsl();
        var ofChild = MISSING_EPISODE.CHILD_ID.eq(child.value());
        return new org.cypf.kernel.page.Page<>(dsl.selectFrom(MISSING_EPISODE).where(ofChild)
                .orderBy(MISSING_EPISODE.START_DATE, MISSING_EPISODE.KIND, MISSING_EPISODE.MISSING_ID)
                .offset(slice.offset()).limit(slice.size()).fetch(JooqMissingEpisodes::episode),
                dsl.fetchCount(MISSING_EPISODE, ofChild));
    }

    @Override
    public List<MissingEpisode> overlapping(LocalDate from, LocalDate to) {
        return database.transactionalDsl().selectFrom(MISSING_EPISODE)
                .where(MISSING_EPISODE.START_DATE.le(to))
                .and(MISSING_EPISODE.END_DATE.isNull().or(MISSING_EPISODE.END_DATE.ge(from)))
                .orderBy(MISSING_EPISODE.CHILD_ID, MISSING_EPISODE.START_DATE).fetch(JooqMissingEpisodes::episode);
    }

    @Override
    public List<MissingEpisode> forChildren(java.util.Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        return database.transactionalDsl().selectFrom(MISSING_EPISODE)
                // One array parameter, not one per child: a re-import names up to 30,000 children a part.
                .where(MISSING_EPISODE.CHILD_ID.eq(DSL.any(children.stream().map(ChildId::value).toArray(UUID[]::new))))
                .orderBy(MISSING_EPISODE.CHILD_ID, MISSING_EPISODE.START_DATE, MISSING_EPISODE.KIND)
                .fetch(JooqMissingEpisodes::episode);
    }

    @Override
    public void addAll(List<MissingEpisode> episodes) {
        try {
            org.cypf.socialcare.shared.adapter.out.persistence.BulkInsert.insert(database.transactionalDsl(),
                    MISSING_EPISODE, List.of(MISSING_EPISODE.MISSING_ID, MISSING_EPISODE.CHILD_ID, MISSING_EPISODE.KIND,
                            MISSING_EPISODE.START_DATE, MISSING_EPISODE.END_DATE, MISSING_EPISODE.VERSION),
                    episodes.stream().map(e -> new Object[] {e.id(), e.childId().value(), e.kind(), e.startDate(),
                            e.endDate(), e.version()}).toList());
        } catch (IntegrityConstraintViolationException ex) {
            throw new Conflict("an episode of one of the children was recorded at the same moment");
        }
    }

    @Override
    public void add(MissingEpisode e) {
        try {
            database.transactionalDsl().insertInto(MISSING_EPISODE)
                    .set(MISSING_EPISODE.MISSING_ID, e.id())
                    .set(MISSING_EPISODE.CHILD_ID, e.childId().value())
                    .set(MISSING_EPISODE.KIND, e.kind())
                    .set(MISSING_EPISODE.START_DATE, e.startDate())
                    .set(MISSING_EPISODE.END_DATE, e.endDate())
                    .set(MISSING_EPISODE.VERSION, e.version())
                    .execute();
        } catch (IntegrityConstraintViolationException ex) {
            throw new Conflict("an episode of the child starting " + e.startDate() + " was recorded at the same moment");
        }
    }

    @Override
    public void update(MissingEpisode after, long expectedVersion) {
        int updated = database.transactionalDsl().update(MISSING_EPISODE)
                .set(MISSING_EPISODE.END_DATE, after.endDate())
                .set(MISSING_EPISODE.VERSION, after.version())
                .where(MISSING_EPISODE.MISSING_ID.eq(after.id()).and(MISSING_EPISODE.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the missing episode", expectedVersion);
        }
    }

    private static MissingEpisode episode(MissingEpisodeRecord r) {
        return MissingEpisode.rebuild(r.getMissingId(), ChildId.of(r.getChildId()), r.getKind(), r.getStartDate(),
                r.getEndDate(), r.getVersion());
    }
}
