package org.cypf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.socialcare.frontdoor.adapter.out.persistence.JooqUndecidedContacts;
import org.cypf.testing.AdminSql;
import org.cypf.testing.TestDatabase;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (run by {@code ./mvnw -Pbench verify}): one page and the count of the contacts queue for a
 * caller whose scope holds {@code cypf.bench.queue-children} children (default 70,000, more than PostgreSQL's 65,535
 * bind values), through social care's adapter, which sends the scope as one array bind value (ADR 0112), beside the
 * same query with the scope as an IN list (what the queues wrote before; jOOQ inlines the values once they pass its
 * bind limit), in the same run. Prints a Markdown table for docs/architecture/performance.md; checks only that both
 * forms answer the same page and count.
 */
@Tag("bench")
class WorkQueueScopeBench {
    private static final int CHILDREN = Integer.getInteger("cypf.bench.queue-children", 70_000);
    private static final int RUNS = Integer.getInteger("cypf.bench.queue-runs", 15);

    @Test
    void contacts_queue_of_a_large_scope_beside_an_in_list() {
        TestDatabase.Target database = TestDatabase.fresh("work queue scope bench");
        var admin = new AdminSql(database);
        // Every seventh child in scope has an undecided contact; 200 outside the scope are due sooner.
        admin.execute("insert into social_care.child (child_id, la_child_id, date_of_birth, sex) select "
                + "md5('in' || g)::uuid, 'S' || g, date '2015-01-01', '1' from generate_series(1, ?) g union all "
                + "select md5('out' || g)::uuid, 'X' || g, date '2015-01-01', '1' from generate_series(1, 200) g", CHILDREN);
        admin.execute("insert into social_care.contact (contact_id, child_id, received_at, received_on, decision_due_on, "
                + "referral_source, worry) select md5('contact' || k)::uuid, child_id, (date '2025-01-01' + k - 1)::timestamp, "
                + "date '2025-01-01' + k - 1, date '2025-01-01' + k, '1A', 'a worry' from (select md5('in' || g)::uuid "
                + "as child_id, g / 7 as k from generate_series(7, ?, 7) g union all select md5('out' || g)::uuid, -g "
                + "from generate_series(1, 200) g) s", CHILDREN);
        admin.execute("analyze social_care.contact");
        List<ChildId> inScope = admin.rows("select md5('in' || g)::uuid as child_id from generate_series(1, ?) g",
                CHILDREN).stream().map(r -> ChildId.of((UUID) r.get("child_id"))).toList();
        ListScope scope = ListScope.only(inScope);
        Slice slice = new Slice(1, 50);

        try (var db = ContextDatabase.open(new DatabaseSettings(database.jdbcUrl(), database.user(),
                database.password()), "social_care", 2)) {
            var queue = new JooqUndecidedContacts(db);
            Supplier<Page<UUID>> asArray = () -> db.inTransaction(() -> queue.soonestDueFirst(scope, slice)
                    .map(c -> c.childId().value()));
            Supplier<Page<UUID>> asInList = () -> db.inTransaction(() -> inList(db.transactionalDsl(), scope, slice));
            assertEquals(asInList.get(), asArray.get(), "the same page and count either way");
            long[] array = timed(asArray);
            long[] in = timed(asInList);
            System.out.println();
            System.out.printf("| contacts queue, %,d children in scope, %,d rows | median ms | p90 ms |%n",
                    CHILDREN, CHILDREN / 7);
            System.out.println("|---|---|---|");
            System.out.printf("| one array bind value (`= any(?)`, ADR 0112) | %.1f | %.1f |%n", array[0] / 1e6, array[1] / 1e6);
            System.out.printf("| baseline: IN list (before) | %.1f | %.1f |%n", in[0] / 1e6, in[1] / 1e6);
            System.out.printf("| ratio | %.2f | |%n", (double) array[0] / in[0]);
        }
    }

    /** The queue's page and count as the adapter wrote them before ADR 0112: the scope as an IN list. */
    private static Page<UUID> inList(DSLContext dsl, ListScope scope, Slice slice) {
        Table<?> contact = DSL.table(DSL.name("social_care", "contact"));
        Field<UUID> child = DSL.field(DSL.name("child_id"), UUID.class);
        Field<Object> due = DSL.field(DSL.name("decision_due_on"));
        Condition which = DSL.field(DSL.name("decided_at")).isNull().and(child.in(scope.childIds()));
        long total = dsl.fetchCount(contact, which);
        List<UUID> items = dsl.select(child).from(contact).where(which)
                .orderBy(due, DSL.field(DSL.name("received_at")), DSL.field(DSL.name("contact_id")))
                .limit(slice.size()).offset(slice.offset()).fetch(child);
        return new Page<>(items, total);
    }

    /** Median and 90th percentile in nanoseconds over the runs, after two to warm up. */
    private static long[] timed(Supplier<?> work) {
        work.get();
        work.get();
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            took.add(System.nanoTime() - start);
        }
        Collections.sort(took);
        return new long[] {took.get(took.size() / 2), took.get((int) Math.ceil(took.size() * 0.9) - 1)};
    }
}
