package org.cypf.platform.db;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A work queue counted per team in one query (ADR 0096), for every context's queues alike: the queue's rows joined to
 * the children's teams, which arrive as two arrays (one bind value each, however many children), grouped by team. A
 * row whose child has no team counts under a null team.
 */
public final class CountsByTeam {
    private CountsByTeam() {}

    /** One team's rows of the queue and how many of them are overdue; {@code team} null for children with none. */
    public record Counted(String team, long rows, long overdue) {}

    /**
     * @param queue    the table or derived table the queue reads
     * @param childId  its child's id
     * @param which    the queue's rows (its own condition and the caller's list scope)
     * @param due      each row's due date; a row is overdue when it is before {@code today}
     * @param children the children with a team, beside {@code teams} in the same order
     */
    public static List<Counted> count(DSLContext dsl, Table<?> queue, Field<UUID> childId, Condition which,
                                      Field<LocalDate> due, LocalDate today, UUID[] children, String[] teams) {
        Table<?> allocated = DSL.table("unnest(cast({0} as uuid[]), cast({1} as text[])) as allocated(child_id, team)",
                DSL.val(children), DSL.val(teams));
        Field<UUID> allocatedChild = DSL.field(DSL.name("allocated", "child_id"), UUID.class);
        Field<String> team = DSL.field(DSL.name("allocated", "team"), String.class);
        return dsl.select(team, DSL.count(), DSL.count().filterWhere(due.lt(today)))
                .from(queue).leftJoin(allocated).on(allocatedChild.eq(childId))
                .where(which).groupBy(team).orderBy(team.asc().nullsLast())
                .fetch(r -> new Counted(r.value1(), r.value2(), r.value3()));
    }
}
