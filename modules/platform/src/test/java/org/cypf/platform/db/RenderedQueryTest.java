package org.cypf.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.testing.TestDatabase;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A statement rendered once (ADR 0124) answers as jOOQ would for every call's values, on a real PostgreSQL, and
 * refuses a query whose shape would freeze a first call's value into its text.
 */
class RenderedQueryTest {
    private static ContextDatabase platform;

    @BeforeAll
    static void open() {
        var t = TestDatabase.fresh("rendered query");
        platform = ContextDatabase.open(new DatabaseSettings(t.jdbcUrl(), t.user(), t.password()), "platform", 2);
    }

    @AfterAll
    static void close() {
        platform.close();
    }

    private static final org.jooq.Table<Record> ROWS = DSL.table("(values ('a'::text, date '2026-01-01', "
            + "'6f1c1b0e-0000-4000-8000-000000000001'::uuid), ('b', date '2026-02-01', "
            + "'6f1c1b0e-0000-4000-8000-000000000002'::uuid), ('c', null, "
            + "'6f1c1b0e-0000-4000-8000-000000000003'::uuid)) as r(name, due, id)");
    private static final org.jooq.Field<String> NAME = DSL.field(DSL.name("name"), String.class);
    private static final org.jooq.Field<LocalDate> DUE = DSL.field(DSL.name("due"), LocalDate.class);
    private static final org.jooq.Field<UUID> ID = DSL.field(DSL.name("id"), UUID.class);

    @Test
    void each_call_binds_its_own_values_including_arrays_of_ids_and_text() {
        var query = RenderedQuery.select(DSL.select(NAME, DUE).from(ROWS)
                .where(ID.eq(DSL.any(DSL.param("ids", UUID[].class))).or(NAME.eq(DSL.any(DSL.param("names", String[].class)))))
                .and(DSL.coalesce(DUE, DSL.param("instead", LocalDate.class)).le(DSL.param("by", LocalDate.class)))
                .orderBy(NAME), "ids", "names", "instead", "by");
        UUID first = UUID.fromString("6f1c1b0e-0000-4000-8000-000000000001");
        var answer = platform.readInOneStatement(dsl -> query.fetch(dsl, new UUID[] {first}, new String[] {"c"},
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-12-31")));
        assertEquals(List.of("a", "c"), answer.getValues(NAME));
        assertEquals(LocalDate.parse("2026-01-01"), answer.getFirst().get(DUE), "typed by the query's own fields");
        var later = platform.readInOneStatement(dsl -> query.fetch(dsl, new UUID[0], new String[] {"b", "c"},
                LocalDate.parse("2027-01-01"), LocalDate.parse("2026-12-31")));
        assertEquals(List.of("b"), later.getValues(NAME), "the second call's values, not the first's");
    }

    @Test
    void a_value_that_is_not_a_named_parameter_is_refused_when_the_statement_is_made() {
        var refused = assertThrows(IllegalArgumentException.class, () -> RenderedQuery.select(
                DSL.select(NAME).from(ROWS).where(NAME.eq("a"))));
        assertTrue(refused.getMessage().contains("named parameter"), refused.getMessage());
    }

    @Test
    void the_order_values_are_given_in_is_declared_and_checked_when_the_statement_is_made() {
        var refused = assertThrows(IllegalArgumentException.class, () -> RenderedQuery.select(DSL.select(NAME)
                .from(ROWS).where(NAME.eq(DSL.param("first", String.class)))
                .and(DUE.le(DSL.param("second", LocalDate.class))), "second", "first"));
        assertTrue(refused.getMessage().contains("[first, second]"), refused.getMessage());
    }

    @Test
    void a_call_with_the_wrong_number_of_values_is_refused_before_anything_is_sent() {
        var query = RenderedQuery.sql("select name from (values ('a')) as r(name) where name = ?", 1, NAME);
        assertThrows(IllegalArgumentException.class, () -> platform.readInOneStatement(dsl -> query.fetch(dsl)));
        assertThrows(IllegalArgumentException.class, () -> RenderedQuery.sql("select ? , ?", 1));
        assertEquals(List.of("a"), platform.readInOneStatement(dsl -> query.fetch(dsl, "a")).getValues(NAME));
    }

    @Test
    void a_statement_runs_in_the_open_unit_of_work_and_its_errors_are_jooqs() {
        var insert = RenderedQuery.sql("insert into rendered_query_probe (id) values (?)", 1);
        UUID id = UUID.randomUUID();
        var refused = assertThrows(DataAccessException.class, () -> platform.run(() -> {
            platform.transactionalDsl().execute("create temporary table rendered_query_probe (id uuid primary key)"
                    + " on commit drop");
            assertEquals(1, insert.execute(platform.transactionalDsl(), id));
            insert.execute(platform.transactionalDsl(), id); // the same key twice
        }));
        assertTrue(refused instanceof org.jooq.exception.IntegrityConstraintViolationException, refused.toString());
        assertEquals("23505", refused.sqlState(), "the SQL state is kept, for UniqueViolations");
    }
}
