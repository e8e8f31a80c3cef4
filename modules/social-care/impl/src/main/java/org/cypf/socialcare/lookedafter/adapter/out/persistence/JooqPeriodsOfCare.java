package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.EPISODE;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.PERIOD_OF_CARE;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.RenderedQuery;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.shared.adapter.out.persistence.BulkInsert;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.EpisodeRecord;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.PeriodOfCareRecord;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** Periods of care and their episodes in {@code social_care.period_of_care} and {@code social_care.episode}. */
public final class JooqPeriodsOfCare implements PeriodsOfCare {
    private final ContextDatabase database;

    public JooqPeriodsOfCare(ContextDatabase database) {
        this.database = database;
    }

    // The statements of the hottest reads (one period of care; a page of children looked after), rendered once
    // (ADR 0125); the rest are rendered by jOOQ at each call.
    // One period with its episodes in one statement, a row an episode: a read of one period, and every change to one,
    // costs one round trip for both (ADR 0128).
    private static final RenderedQuery<org.jooq.Record> BY_ID = RenderedQuery.select(DSL.select(PERIOD_OF_CARE.fields())
            .select(EPISODE.fields()).from(PERIOD_OF_CARE).join(EPISODE).on(EPISODE.PERIOD_ID.eq(PERIOD_OF_CARE.PERIOD_ID))
            .where(PERIOD_OF_CARE.PERIOD_ID.eq(DSL.param("period", UUID.class)))
            .orderBy(EPISODE.START_DATE, EPISODE.END_DATE.asc().nullsLast()), "period");
    // Asked before every period of care is started (ADR 0128).
    private static final RenderedQuery<PeriodOfCareRecord> OPEN_FOR = RenderedQuery.select(DSL.selectFrom(PERIOD_OF_CARE)
            .where(PERIOD_OF_CARE.CHILD_ID.eq(DSL.param("child", UUID.class)).and(PERIOD_OF_CARE.END_DATE.isNull()))
            .orderBy(PERIOD_OF_CARE.START_DATE, PERIOD_OF_CARE.PERIOD_ID), "child");
    private static final RenderedQuery<org.jooq.Record1<LocalDate>> LAST_END_FOR = RenderedQuery.select(
            DSL.select(DSL.max(PERIOD_OF_CARE.END_DATE)).from(PERIOD_OF_CARE)
                    .where(PERIOD_OF_CARE.CHILD_ID.eq(DSL.param("child", UUID.class))), "child");
    private static final RenderedQuery<EpisodeRecord> EPISODES_OF = RenderedQuery.select(DSL.selectFrom(EPISODE)
            .where(EPISODE.PERIOD_ID.eq(DSL.any(DSL.param("periods", UUID[].class))))
            .orderBy(EPISODE.START_DATE, EPISODE.END_DATE.asc().nullsLast()), "periods");
    private static final ListQueries LOOKED_AFTER_EVERY_CHILD = ListQueries.of(lookedAfterParameters(),
            "lastDay", "firstDay", "excluded");
    private static final ListQueries LOOKED_AFTER_IN_SCOPE = ListQueries.of(lookedAfterParameters()
            .and(PERIOD_OF_CARE.CHILD_ID.eq(DSL.any(DSL.param("scope", UUID[].class)))),
            "lastDay", "firstDay", "excluded", "scope");

    /** A list's count and its page, over the same condition; the page's offset and size follow its parameters. */
    private record ListQueries(RenderedQuery<org.jooq.Record1<Integer>> count, RenderedQuery<PeriodOfCareRecord> page) {
        static ListQueries of(Condition which, String... parameters) {
            String[] paged = java.util.Arrays.copyOf(parameters, parameters.length + 2);
            paged[parameters.length] = "offset"; // PostgreSQL's OFFSET ... FETCH NEXT ... ROWS ONLY, as jOOQ writes it
            paged[parameters.length + 1] = "size";
            return new ListQueries(RenderedQuery.select(DSL.selectCount().from(PERIOD_OF_CARE).where(which), parameters),
                    RenderedQuery.select(DSL.selectFrom(PERIOD_OF_CARE).where(which)
                            .orderBy(PERIOD_OF_CARE.START_DATE, PERIOD_OF_CARE.PERIOD_ID)
                            .limit(DSL.param("size", Long.class)).offset(DSL.param("offset", Long.class)), paged));
        }
    }

    /** {@link #counts(LookedAfterOn)} with the rule's parts as parameters: last day, first day, excluded statuses. */
    private static Condition lookedAfterParameters() {
        return DSL.exists(DSL.selectOne().from(EPISODE).where(EPISODE.PERIOD_ID.eq(PERIOD_OF_CARE.PERIOD_ID)
                .and(counts(DSL.param("lastDay", LocalDate.class), DSL.param("firstDay", LocalDate.class),
                        DSL.param("excluded", String[].class)))));
    }

    @Override
    public Optional<PeriodOfCare> find(UUID periodId) {
        var rows = BY_ID.fetch(database.transactionalDsl(), periodId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // Both tables have start and end dates and a reason ceased, so columns are taken by position: the period's
        // first, then the episode's, as the statement selects them.
        PeriodOfCareRecord period = columnsOf(rows.get(0), 0, new PeriodOfCareRecord());
        int episodeFrom = PERIOD_OF_CARE.fields().length;
        return Optional.of(PeriodOfCare.rebuild(period.getPeriodId(), ChildId.of(period.getChildId()),
                rows.stream().map(r -> episode(columnsOf(r, episodeFrom, new EpisodeRecord()))).toList(),
                period.getVersion()));
    }

    @Override
    public Optional<PeriodOfCare> openFor(ChildId child) {
        DSLContext dsl = database.transactionalDsl();
        return rebuild(dsl, OPEN_FOR.fetch(dsl, child.value()).into(PERIOD_OF_CARE)).stream().findFirst();
    }

    @Override
    public Optional<LocalDate> lastEndFor(ChildId child) {
        return Optional.ofNullable(LAST_END_FOR.fetch(database.transactionalDsl(), child.value()).get(0)
                .get(0, LocalDate.class));
    }

    @Override
    public void add(PeriodOfCare period) {
        DSLContext dsl = database.transactionalDsl();
        try {
            insertPeriod(dsl, period);
        } catch (IntegrityConstraintViolationException e) {
            // period_of_care_one_open_per_child: a concurrent request opened one first.
            throw new Conflict("the child is already looked after; end the current period of care first");
        }
        saveEpisodes(dsl, period);
    }

    @Override
    public void addAll(List<PeriodOfCare> periods) {
        DSLContext dsl = database.transactionalDsl();
        List<Object[]> rows = periods.stream().map(p -> new Object[] {p.id(), p.childId().value(), p.startDate(),
                p.endDate(), p.reasonCeased(), p.version()}).toList();
        try {
            BulkInsert.insert(dsl, PERIOD_OF_CARE, List.of(PERIOD_OF_CARE.PERIOD_ID, PERIOD_OF_CARE.CHILD_ID,
                    PERIOD_OF_CARE.START_DATE, PERIOD_OF_CARE.END_DATE, PERIOD_OF_CARE.REASON_CEASED,
                    PERIOD_OF_CARE.VERSION), rows);
        } catch (IntegrityConstraintViolationException e) {
            throw new Conflict("one of the children is already looked after; end the current period of care first");
        }
        List<Object[]> episodes = new java.util.ArrayList<>();
        for (PeriodOfCare p : periods) {
            for (Episode e : p.episodes()) {
                episodes.add(new Object[] {e.id(), p.id(), e.startDate(), e.reasonForNewEpisode(), e.legalStatus(),
                        e.categoryOfNeed(), e.placementType(), e.placementProvider(), text(e.placementPostcode()),
                        text(e.homePostcode()), e.placementUrn(), e.endDate(), e.reasonCeased(), e.reasonPlaceChange()});
            }
        }
        BulkInsert.insert(dsl, EPISODE, List.of(EPISODE.EPISODE_ID, EPISODE.PERIOD_ID, EPISODE.START_DATE,
                EPISODE.REASON_NEW_EPISODE, EPISODE.LEGAL_STATUS, EPISODE.CATEGORY_OF_NEED, EPISODE.PLACEMENT_TYPE,
                EPISODE.PLACEMENT_PROVIDER, EPISODE.PLACEMENT_POSTCODE, EPISODE.HOME_POSTCODE, EPISODE.PLACEMENT_URN,
                EPISODE.END_DATE, EPISODE.REASON_CEASED, EPISODE.REASON_PLACE_CHANGE), episodes);
    }

    private static void insertPeriod(DSLContext dsl, PeriodOfCare period) {
        INSERT_PERIOD.execute(dsl, period.id(), period.childId().value(), period.startDate(), period.endDate(),
                period.reasonCeased(), period.version());
    }

    private static final RenderedQuery<org.jooq.Record> INSERT_PERIOD = RenderedQuery.statement(
            DSL.insertInto(PERIOD_OF_CARE)
                    .set(PERIOD_OF_CARE.PERIOD_ID, DSL.param("period", UUID.class))
                    .set(PERIOD_OF_CARE.CHILD_ID, DSL.param("child", UUID.class))
                    .set(PERIOD_OF_CARE.START_DATE, DSL.param("start", LocalDate.class))
                    .set(PERIOD_OF_CARE.END_DATE, DSL.param("end", LocalDate.class))
                    .set(PERIOD_OF_CARE.REASON_CEASED, DSL.param("rec", String.class))
                    .set(PERIOD_OF_CARE.VERSION, DSL.param("version", Long.class)),
            "period", "child", "start", "end", "rec", "version");

    @Override
    public void update(PeriodOfCare after, long expectedVersion) {
        DSLContext dsl = database.transactionalDsl();
        int updated = dsl.update(PERIOD_OF_CARE)
                .set(PERIOD_OF_CARE.START_DATE, after.startDate())
                .set(PERIOD_OF_CARE.END_DATE, after.endDate())
                .set(PERIOD_OF_CARE.REASON_CEASED, after.reasonCeased())
                .set(PERIOD_OF_CARE.VERSION, after.version())
                .where(PERIOD_OF_CARE.PERIOD_ID.eq(after.id()).and(PERIOD_OF_CARE.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the period of care", expectedVersion);
        }
        // the period is stored whole: episodes a corrected history no longer holds go, the rest are written as they are
        dsl.deleteFrom(EPISODE).where(EPISODE.PERIOD_ID.eq(after.id())
                .and(EPISODE.EPISODE_ID.notIn(after.episodes().stream().map(Episode::id).toList()))).execute();
        saveEpisodes(dsl, after);
    }

    @Override
    public List<PeriodOfCare> lookedAfter(LookedAfterOn rule) {
        return load(DSL.exists(DSL.selectOne().from(EPISODE).where(
                EPISODE.PERIOD_ID.eq(PERIOD_OF_CARE.PERIOD_ID).and(counts(rule)))));
    }

    @Override
    public Page<PeriodOfCare> lookedAfter(LookedAfterOn rule, ListScope scope, Slice slice) {
        DSLContext dsl = database.transactionalDsl();
        String[] excluded = rule.excludedLegalStatuses().toArray(String[]::new);
        Object[] values = scope.wholePartnership()
                ? new Object[] {rule.lastDay(), rule.firstDay(), excluded}
                : new Object[] {rule.lastDay(), rule.firstDay(), excluded, scope.childIds()};
        ListQueries queries = scope.wholePartnership() ? LOOKED_AFTER_EVERY_CHILD : LOOKED_AFTER_IN_SCOPE;
        long total = queries.count().fetch(dsl, values).getFirst().get(0, Long.class);
        Object[] paged = java.util.Arrays.copyOf(values, values.length + 2);
        paged[values.length] = (long) slice.offset();
        paged[values.length + 1] = (long) slice.size();
        return new Page<>(rebuild(dsl, queries.page().fetch(dsl, paged).into(PERIOD_OF_CARE)), total);
    }

    @Override
    public long countChildrenLookedAfter(LookedAfterOn rule) {
        // Children, not periods: the same count today (a child has one period at a time), and still right for
        // imported histories that overlap.
        return database.transactionalDsl()
                .select(DSL.countDistinct(PERIOD_OF_CARE.CHILD_ID))
                .from(EPISODE)
                .join(PERIOD_OF_CARE).on(PERIOD_OF_CARE.PERIOD_ID.eq(EPISODE.PERIOD_ID))
                .where(counts(rule))
                .fetchOne(0, Long.class);
    }

    @Override
    public List<PeriodOfCare> forChild(ChildId child) {
        return load(PERIOD_OF_CARE.CHILD_ID.eq(child.value()));
    }

    @Override
    public Page<PeriodOfCare> forChild(ChildId child, Slice slice) {
        Condition which = PERIOD_OF_CARE.CHILD_ID.eq(child.value());
        DSLContext dsl = database.transactionalDsl();
        long total = dsl.fetchCount(PERIOD_OF_CARE, which);
        return new Page<>(rebuild(dsl, dsl.selectFrom(PERIOD_OF_CARE).where(which)
                .orderBy(PERIOD_OF_CARE.START_DATE, PERIOD_OF_CARE.PERIOD_ID)
                .limit(slice.size()).offset(slice.offset()).fetch()), total);
    }

    @Override
    public List<PeriodOfCare> forChildren(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        return load(PERIOD_OF_CARE.CHILD_ID.eq(DSL.any(children.stream().map(ChildId::value).toArray(UUID[]::new))));
    }

    @Override
    public List<PeriodOfCare> overlapping(LocalDate from, LocalDate to) {
        return load(DSL.exists(DSL.selectOne().from(EPISODE).where(EPISODE.PERIOD_ID.eq(PERIOD_OF_CARE.PERIOD_ID)
                .and(EPISODE.START_DATE.le(to))
                .and(EPISODE.END_DATE.isNull().or(EPISODE.END_DATE.ge(from))))));
    }

    /**
     * {@link LookedAfterOn#counts(Episode)} as SQL over {@code episode}, built from the rule's own parts: the same
     * comparison for each part (started by the last day; not ended, or ended after the first day; a legal status the
     * rule does not exclude), so the database and the domain cannot drift apart (ADR 0019).
     */
    static Condition counts(LookedAfterOn rule) {
        return counts(DSL.val(rule.lastDay()), DSL.val(rule.firstDay()),
                DSL.val(rule.excludedLegalStatuses().toArray(String[]::new)));
    }

    /** The same comparisons over any fields: values, or the parameters of a statement rendered once. */
    private static Condition counts(org.jooq.Field<LocalDate> lastDay, org.jooq.Field<LocalDate> firstDay,
                                    org.jooq.Field<String[]> excluded) {
        return EPISODE.START_DATE.le(lastDay)
                .and(EPISODE.END_DATE.isNull().or(EPISODE.END_DATE.gt(firstDay)))
                .and(EPISODE.LEGAL_STATUS.ne(DSL.all(excluded)));
    }

    private static <R extends org.jooq.TableRecord<R>> R columnsOf(org.jooq.Record row, int from, R record) {
        org.jooq.Field<?>[] fields = record.fields();
        for (int i = 0; i < fields.length; i++) {
            copy(row, from + i, record, fields[i]);
        }
        return record;
    }

    private static <T> void copy(org.jooq.Record from, int index, org.jooq.Record to, org.jooq.Field<T> field) {
        to.set(field, from.get(index, field.getType()));
    }

    private List<PeriodOfCare> load(Condition which) {
        DSLContext dsl = database.transactionalDsl();
        return rebuild(dsl, dsl.selectFrom(PERIOD_OF_CARE).where(which)
                .orderBy(PERIOD_OF_CARE.START_DATE, PERIOD_OF_CARE.PERIOD_ID).fetch());
    }

    private List<PeriodOfCare> rebuild(DSLContext dsl, List<PeriodOfCareRecord> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        Collection<UUID> ids = periods.stream().map(PeriodOfCareRecord::getPeriodId).toList();
        Map<UUID, List<Episode>> episodes = EPISODES_OF.fetch(dsl, (Object) ids.toArray(UUID[]::new)).into(EPISODE)
                .stream()
                .collect(Collectors.groupingBy(EpisodeRecord::getPeriodId,
                        Collectors.mapping(JooqPeriodsOfCare::episode, Collectors.toList())));
        return periods.stream().map(p -> PeriodOfCare.rebuild(p.getPeriodId(), ChildId.of(p.getChildId()),
                episodes.get(p.getPeriodId()), p.getVersion())).toList();
    }

    private static void saveEpisodes(DSLContext dsl, PeriodOfCare period) {
        for (Episode e : period.episodes()) {
            SAVE_EPISODE.execute(dsl, e.id(), period.id(), e.startDate(), e.reasonForNewEpisode(), e.legalStatus(),
                    e.categoryOfNeed(), e.placementType(), e.placementProvider(), text(e.placementPostcode()),
                    text(e.homePostcode()), e.placementUrn(), e.endDate(), e.reasonCeased(), e.reasonPlaceChange());
        }
    }

    /** An episode inserted, or written over as it now is: rendered once (ADR 0125), run for every episode saved. */
    private static final RenderedQuery<org.jooq.Record> SAVE_EPISODE = RenderedQuery.statement(DSL.insertInto(EPISODE)
            .set(EPISODE.EPISODE_ID, DSL.param("episode", UUID.class))
            .set(EPISODE.PERIOD_ID, DSL.param("period", UUID.class))
            .set(EPISODE.START_DATE, DSL.param("start", LocalDate.class))
            .set(EPISODE.REASON_NEW_EPISODE, DSL.param("rne", String.class))
            .set(EPISODE.LEGAL_STATUS, DSL.param("ls", String.class))
            .set(EPISODE.CATEGORY_OF_NEED, DSL.param("cin", String.class))
            .set(EPISODE.PLACEMENT_TYPE, DSL.param("place", String.class))
            .set(EPISODE.PLACEMENT_PROVIDER, DSL.param("provider", String.class))
            .set(EPISODE.PLACEMENT_POSTCODE, DSL.param("plPost", String.class))
            .set(EPISODE.HOME_POSTCODE, DSL.param("homePost", String.class))
            .set(EPISODE.PLACEMENT_URN, DSL.param("urn", String.class))
            .set(EPISODE.END_DATE, DSL.param("end", LocalDate.class))
            .set(EPISODE.REASON_CEASED, DSL.param("rec", String.class))
            .set(EPISODE.REASON_PLACE_CHANGE, DSL.param("reasonPlaceChange", String.class))
            .onConflict(EPISODE.EPISODE_ID)
            .doUpdate()
            .set(EPISODE.START_DATE, DSL.excluded(EPISODE.START_DATE))
            .set(EPISODE.REASON_NEW_EPISODE, DSL.excluded(EPISODE.REASON_NEW_EPISODE))
            .set(EPISODE.LEGAL_STATUS, DSL.excluded(EPISODE.LEGAL_STATUS))
            .set(EPISODE.CATEGORY_OF_NEED, DSL.excluded(EPISODE.CATEGORY_OF_NEED))
            .set(EPISODE.PLACEMENT_TYPE, DSL.excluded(EPISODE.PLACEMENT_TYPE))
            .set(EPISODE.PLACEMENT_PROVIDER, DSL.excluded(EPISODE.PLACEMENT_PROVIDER))
            .set(EPISODE.PLACEMENT_POSTCODE, DSL.excluded(EPISODE.PLACEMENT_POSTCODE))
            .set(EPISODE.HOME_POSTCODE, DSL.excluded(EPISODE.HOME_POSTCODE))
            .set(EPISODE.PLACEMENT_URN, DSL.excluded(EPISODE.PLACEMENT_URN))
            .set(EPISODE.END_DATE, DSL.excluded(EPISODE.END_DATE))
            .set(EPISODE.REASON_CEASED, DSL.excluded(EPISODE.REASON_CEASED))
            .set(EPISODE.REASON_PLACE_CHANGE, DSL.excluded(EPISODE.REASON_PLACE_CHANGE)),
            "episode", "period", "start", "rne", "ls", "cin", "place", "provider", "plPost", "homePost", "urn", "end",
            "rec", "reasonPlaceChange");

    private static Episode episode(EpisodeRecord r) {
        return new Episode(r.getEpisodeId(), r.getStartDate(), r.getReasonNewEpisode(), r.getLegalStatus(),
                r.getCategoryOfNeed(), r.getPlacementType(), r.getPlacementProvider(), postcode(r.getPlacementPostcode()),
                postcode(r.getHomePostcode()), r.getPlacementUrn(), r.getEndDate(), r.getReasonCeased(),
                r.getReasonPlaceChange());
    }

    private static String text(Postcode postcode) {
        return postcode == null ? null : postcode.value();
    }

    private static Postcode postcode(String text) {
        return text == null ? null : Postcode.parse(text);
    }
}
