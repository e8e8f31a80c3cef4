package org.cypf.socialcare.returns.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.EPISODE;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.PERIOD_OF_CARE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.place.Postcode;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.returns.port.Ssda903Episodes;
import org.jooq.Condition;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
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
        // The rows are read from JDBC by position, not as jOOQ records: a national year is hundreds of thousands of
        // episodes, and each record's field lookups were most of the read's time. The same child's id and the same
        // postcode text give the same object, so a postcode is checked once a read, not once an episode.
        Map<UUID, ChildId> childIds = new HashMap<>();
        Map<String, Postcode> postcodes = new HashMap<>();
        try (ResultSet rs = database.transactionalDsl()
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
                .fetchResultSet()) {
            UUID period = null;
            ChildId child = null;
            long version = 0;
            List<Episode> episodes = new ArrayList<>();
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                if (!id.equals(period)) {
                    if (period != null) {
                        periods.add(PeriodOfCare.rebuild(period, child, episodes, version));
                    }
                    period = id;
                    child = childIds.computeIfAbsent(rs.getObject(2, UUID.class), ChildId::of);
                    version = rs.getLong(3);
                    episodes = new ArrayList<>(4);
                }
                episodes.add(new Episode(rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        postcode(postcodes, rs.getString(11)), postcode(postcodes, rs.getString(12)), rs.getString(13),
                        rs.getObject(14, LocalDate.class), rs.getString(15), rs.getString(16)));
            }
            if (period != null) {
                periods.add(PeriodOfCare.rebuild(period, child, episodes, version));
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading periods of care with their episodes failed", e);
        }
        return periods;
    }

    private static Postcode postcode(Map<String, Postcode> seen, String text) {
        return text == null ? null : seen.computeIfAbsent(text, Postcode::parse);
    }
}
