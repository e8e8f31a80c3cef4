package org.cypf.socialcare.returns.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.EPISODE;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.PERIOD_OF_CARE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.place.Postcode;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.returns.port.Ssda903Episodes;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * {@code social_care.period_of_care} with its {@code episode}s, read as one join in the order asked and streamed
 * through a cursor (a national year is hundreds of thousands of episodes): the periods are rebuilt as their rows
 * arrive, never sorted in memory.
 */
public final class JooqSsda903Episodes implements Ssda903Episodes {
    /** Rows fetched from the cursor at a time. */
    private static final int FETCH = 5_000;

    private final ContextDatabase database;

    public JooqSsda903Episodes(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public List<PeriodOfCare> overlapping(LocalDate from, LocalDate to) {
        var overlaps = DSL.exists(DSL.selectOne().from(EPISODE.as("x"))
                .where(EPISODE.as("x").PERIOD_ID.eq(PERIOD_OF_CARE.PERIOD_ID)
                        .and(EPISODE.as("x").START_DATE.le(to))
                        .and(EPISODE.as("x").END_DATE.isNull().or(EPISODE.as("x").END_DATE.ge(from)))));
        // CHILD compared byte by byte ("C"), as Java compares the strings the files were sorted by before.
        return read(overlaps, CHILD.LA_CHILD_ID.collate("C").asc());
    }

    @Override
    public List<PeriodOfCare> forChildren(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        // One array parameter, not one per child: a re-import names more children than PostgreSQL's bind values.
        UUID[] ids = children.stream().map(ChildId::value).toArray(UUID[]::new);
        return read(PERIOD_OF_CARE.CHILD_ID.eq(DSL.any(ids)), PERIOD_OF_CARE.CHILD_ID.asc());
    }

    private List<PeriodOfCare> read(Condition which, SortField<?> first) {
        List<PeriodOfCare> periods = new ArrayList<>();
        try (var cursor = database.transactionalDsl()
                .select(PERIOD_OF_CARE.PERIOD_ID, PERIOD_OF_CARE.CHILD_ID, PERIOD_OF_CARE.VERSION, EPISODE.EPISODE_ID,
                        EPISODE.START_DATE, EPISODE.REASON_NEW_EPISODE, EPISODE.LEGAL_STATUS, EPISODE.CATEGORY_OF_NEED,
                        EPISODE.PLACEMENT_TYPE, EPISODE.PLACEMENT_PROVIDER, EPISODE.PLACEMENT_POSTCODE,
                        EPISODE.HOME_POSTCODE, EPISODE.PLACEMENT_URN, EPISODE.END_DATE, EPISODE.REASON_CEASED,
                        EPISODE.REASON_PLACE_CHANGE)
                .from(PERIOD_OF_CARE)
                .join(CHILD).on(CHILD.CHILD_ID.eq(PERIOD_OF_CARE.CHILD_ID))
                .join(EPISODE).on(EPISODE.PERIOD_ID.eq(PERIOD_OF_CARE.PERIOD_ID))
                .where(which)
                .orderBy(first, PERIOD_OF_CARE.START_DATE.asc(), PERIOD_OF_CARE.PERIOD_ID.asc(), EPISODE.START_DATE.asc(),
                        EPISODE.END_DATE.asc().nullsLast())
                .fetchSize(FETCH)
                .fetchLazy()) {
            UUID period = null;
            Record head = null;
            List<Episode> episodes = new ArrayList<>();
            for (Record r : cursor) {
                UUID id = r.get(PERIOD_OF_CARE.PERIOD_ID);
                if (!id.equals(period)) {
                    if (period != null) {
                        periods.add(rebuild(head, episodes));
                    }
                    period = id;
                    head = r;
                    episodes = new ArrayList<>(4);
                }
                episodes.add(episode(r));
            }
            if (period != null) {
                periods.add(rebuild(head, episodes));
            }
        }
        return periods;
    }

    private static PeriodOfCare rebuild(Record period, List<Episode> episodes) {
        return PeriodOfCare.rebuild(period.get(PERIOD_OF_CARE.PERIOD_ID), ChildId.of(period.get(PERIOD_OF_CARE.CHILD_ID)),
                episodes, period.get(PERIOD_OF_CARE.VERSION));
    }

    private static Episode episode(Record r) {
        return new Episode(r.get(EPISODE.EPISODE_ID), r.get(EPISODE.START_DATE), r.get(EPISODE.REASON_NEW_EPISODE),
                r.get(EPISODE.LEGAL_STATUS), r.get(EPISODE.CATEGORY_OF_NEED), r.get(EPISODE.PLACEMENT_TYPE),
                r.get(EPISODE.PLACEMENT_PROVIDER), postcode(r.get(EPISODE.PLACEMENT_POSTCODE)),
                postcode(r.get(EPISODE.HOME_POSTCODE)), r.get(EPISODE.PLACEMENT_URN), r.get(EPISODE.END_DATE),
                r.get(EPISODE.REASON_CEASED), r.get(EPISODE.REASON_PLACE_CHANGE));
    }

    private static Postcode postcode(String text) {
        return text == null ? null : Postcode.parse(text);
    }
}
