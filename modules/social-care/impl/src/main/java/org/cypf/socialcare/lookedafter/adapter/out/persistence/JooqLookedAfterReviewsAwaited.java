package org.cypf.socialcare.lookedafter.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.EPISODE;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.LOOKED_AFTER_REVIEW;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.PERIOD_OF_CARE;

import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.platform.db.CountsByTeam;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.domain.ReviewSchedule;
import org.cypf.socialcare.lookedafter.port.LookedAfterReviewsAwaited;
import org.cypf.socialcare.shared.domain.ReasonForNewEpisode;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Looked-after reviews due, from {@code social_care.period_of_care} and {@code looked_after_review}: the domain's
 * {@link ReviewSchedule} in SQL, from its own constants. With no review held the first is due
 * {@link ReviewSchedule#FIRST_REVIEW_WORKING_DAYS} working days after the period began (only when the period began in
 * the records held: its first episode is S); after the first, {@link ReviewSchedule#SECOND_REVIEW_MONTHS} months after
 * it; after any later one (or the first of a period that began before the records), {@link
 * ReviewSchedule#LATER_REVIEW_MONTHS} months after the latest. The database holds no calendar, so the query is given
 * the calendar's non-working weekdays (bank holidays and closures) as an array. A test checks the query against
 * {@link ReviewSchedule}.
 */
public final class JooqLookedAfterReviewsAwaited implements LookedAfterReviewsAwaited {
    /** More calendar days than 20 working days can span (at most 4 weekends and a Christmas and New Year). */
    private static final int DAYS_SEARCHED = 60;

    private final ContextDatabase database;

    public JooqLookedAfterReviewsAwaited(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Page<Awaited> soonestDueFirst(LookedAfterOn rule, ListScope scope, Slice slice, WorkingDayCalendar calendar) {
        var t = awaited(rule, scope, calendar);
        Field<LocalDate> dueBy = t.field("due_by", LocalDate.class);
        Field<UUID> periodId = t.field("period_id", UUID.class);
        DSLContext dsl = database.transactionalDsl();
        long total = dsl.fetchCount(DSL.selectFrom(t).where(dueBy.isNotNull()));
        List<Awaited> items = dsl.selectFrom(t).where(dueBy.isNotNull()).orderBy(dueBy, periodId)
                .limit(slice.size()).offset(slice.offset())
                .fetch(x -> new Awaited(x.value1(), ChildId.of(x.value2()), x.value3(), x.value4(), x.value5()));
        return new Page<>(items, total);
    }

    @Override
    public List<TeamCount> countsByTeam(LookedAfterOn rule, ListScope scope,
            WorkingDayCalendar calendar, ChildTeams teams, LocalDate today) {
        var t = awaited(rule, scope, calendar);
        Field<LocalDate> dueBy = t.field("due_by", LocalDate.class);
        return CountsByTeam.count(database.transactionalDsl(), t, t.field("child_id", UUID.class),
                dueBy.isNotNull(), dueBy, today,
                teams.children(), teams.teams()).stream()
                .map(c -> new TeamCount(c.team(), c.rows(), c.overdue())).toList();
    }

    /** The open periods of the children in scope, each with its next review's due date (null when not known). */
    private static Table<Record5<UUID, UUID, LocalDate, Integer, LocalDate>> awaited(LookedAfterOn rule,
            ListScope scope, WorkingDayCalendar calendar) {
        var pc = PERIOD_OF_CARE;
        var r = LOOKED_AFTER_REVIEW;
        Condition which = pc.END_DATE.isNull().and(DSL.exists(DSL.selectOne().from(EPISODE)
                .where(EPISODE.PERIOD_ID.eq(pc.PERIOD_ID).and(JooqPeriodsOfCare.counts(rule)))));
        if (!scope.wholePartnership()) {
            // The children in scope as one array bind value, however many (an IN list stops at 65,535; ADR 0112).
            which = which.and(pc.CHILD_ID.eq(DSL.any(scope.childIds())));
        }
        Field<Integer> held = DSL.field(DSL.selectCount().from(r).where(r.PERIOD_ID.eq(pc.PERIOD_ID)));
        Field<LocalDate> latest = DSL.field(DSL.select(DSL.max(r.REVIEW_DATE)).from(r).where(r.PERIOD_ID.eq(pc.PERIOD_ID)));
        // The first episode (as the domain orders them: by start, an open one last) began the period: S.
        Field<String> firstReason = DSL.field(DSL.select(EPISODE.REASON_NEW_EPISODE).from(EPISODE)
                .where(EPISODE.PERIOD_ID.eq(pc.PERIOD_ID))
                .orderBy(EPISODE.START_DATE, EPISODE.END_DATE.asc().nullsLast()).limit(1));
        Condition startKnown = firstReason.eq(ReasonForNewEpisode.STARTED_TO_BE_LOOKED_AFTER.code());
        Field<LocalDate> due = DSL.when(held.eq(0).and(startKnown), firstDue(pc.START_DATE, calendar))
                .when(held.eq(1).and(startKnown), plusMonths(latest, ReviewSchedule.SECOND_REVIEW_MONTHS))
                .when(held.gt(0), plusMonths(latest, ReviewSchedule.LATER_REVIEW_MONTHS))
                .otherwise(DSL.inline((LocalDate) null));
        Table<Record5<UUID, UUID, LocalDate, Integer, LocalDate>> t = DSL.select(pc.PERIOD_ID.as("period_id"),
                pc.CHILD_ID.as("child_id"), DSL.when(startKnown, pc.START_DATE).as("start_date"), held.as("held"),
                due.as("due_by")).from(pc).where(which).asTable("awaited");
        return t;
    }

    /**
     * {@link ReviewSchedule#firstDue} in SQL: the {@value ReviewSchedule#FIRST_REVIEW_WORKING_DAYS}th weekday after
     * {@code start} that is not one of the calendar's bank holidays or closures.
     */
    private static Field<LocalDate> firstDue(Field<LocalDate> start, WorkingDayCalendar calendar) {
        return DSL.field("(select {0} + g.n from generate_series(1, {1}) as g(n) "
                        + "where extract(isodow from {0} + g.n) < 6 and not ({0} + g.n = any(cast({2} as date[]))) "
                        + "order by g.n offset {3} limit 1)", SQLDataType.LOCALDATE, start, DSL.inline(DAYS_SEARCHED),
                DSL.val(nonWorkingWeekdays(calendar)), DSL.inline(ReviewSchedule.FIRST_REVIEW_WORKING_DAYS - 1));
    }

    /** The calendar's bank holidays and closures over every year it knows, as a PostgreSQL date array literal. */
    private static String nonWorkingWeekdays(WorkingDayCalendar calendar) {
        TreeSet<LocalDate> days = new TreeSet<>(calendar.closures());
        for (int year = WorkingDayCalendar.FIRST_YEAR; year <= WorkingDayCalendar.LAST_YEAR; year++) {
            days.addAll(calendar.bankHolidays(year));
        }
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static Field<LocalDate> plusMonths(Field<LocalDate> date, int months) {
        return DSL.field("cast({0} + make_interval(months => {1}) as date)", SQLDataType.LOCALDATE, date,
                DSL.inline(months));
    }
}
