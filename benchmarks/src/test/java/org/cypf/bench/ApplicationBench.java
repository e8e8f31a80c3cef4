package org.cypf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.cypf.app.CypfApplication;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.AdminSql;
import org.cypf.testing.RunningApplication;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Benchmark, not a test (run by {@code ./mvnw -Pbench verify}, never by the test command): CYPF on a synthetic
 * authority written by the demo data generator (ADR 0090), each figure beside a bare baseline measured in the same run
 * on the same machine, and the ratio, with the goals of issue 16. Sizes by system property (documented in
 * docs/architecture/performance.md): {@code cypf.bench.children} (default 200: the generator writes through the use
 * cases, a few children a second on a loaded machine), {@code cypf.bench.seconds} per load run (default 5),
 * {@code cypf.bench.clients} (default 4), {@code cypf.bench.starts} (start-ups timed, default 3) and
 * {@code cypf.bench.start-timeout-seconds} (default 120), and {@code cypf.bench.national-children} (the children of
 * the {@code ssda903} part's national-size return, default 83,000). It prints a Markdown table for
 * docs/architecture/performance.md, always, with a row that says why when a figure could not be taken. It checks
 * only that each run did what it measures.
 */
@Tag("bench")
class ApplicationBench {
    private static final int CHILDREN = Integer.getInteger("cypf.bench.children", 200);
    private static final int STARTS = Integer.getInteger("cypf.bench.starts", 3);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Integer.getInteger("cypf.bench.start-timeout-seconds", 120));
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("cypf.bench.seconds", 5));
    private static final int CLIENTS = Integer.getInteger("cypf.bench.clients", 4);
    private static final String STRATEGY = "stoke-room-to-grow-2020-2024";
    /** The children of the national-size SSDA903 return the ssda903 part imports and exports (83,000: England's year). */
    private static final int NATIONAL_CHILDREN = Integer.getInteger("cypf.bench.national-children", 83_000);
    /**
     * Which figures to take (comma-separated: reads, writes, scorecard, export: the demo authority's export scaled to
     * 83,000 children, ssda903: a national-size return imported and exported through the HTTP routes, each beside
     * COPY, start, start-aot: the start again from a JDK AOT cache trained in the run, taken with start); all unless
     * said. The heap row covers the parts before ssda903 (whose uploads the client builds in the same JVM).
     */
    private static final Set<String> PARTS = Set.of(System.getProperty("cypf.bench.parts",
            "reads,writes,scorecard,export,ssda903,start,start-aot").split(","));
    /** JVM options for the started CYPF (e.g. a flight recording of its start), split at spaces. */
    private static final List<String> START_JVM_OPTIONS = Arrays.stream(System.getProperty(
            "cypf.bench.start-jvm-options", "").split(" ")).filter(o -> !o.isBlank()).toList();
    /**
     * Generated social workers (ADR 0090) the development issuer signs in for the reads part, added to its users in
     * this benchmark's configuration only: the one with the most children looked after is measured.
     */
    private static final List<String> CASELOAD_WORKERS = java.util.stream.IntStream.rangeClosed(1, 10)
            .mapToObj(n -> String.format("sw.%04d", n)).toList();
    private final List<String> rows = new ArrayList<>();

    @Test
    void cypf_beside_its_bare_baselines() throws Exception {
        TestDatabase.Target database = TestDatabase.fresh("benchmarks");
        var settings = new DatabaseSettings(database.jdbcUrl(), database.user(), database.password());
        AdminSql admin = new AdminSql(database);
        long t0 = System.nanoTime();
        try (CypfApplication app = CypfApplication.start(config(true), settings)) {
            long generated = (System.nanoTime() - t0) / 1_000_000;
            long events = admin.count("select count(*) from governance.child_record_access");
            System.out.printf("authority: %,d children, %,d audited accesses, %,d children looked after, written in %,d ms "
                    + "(migrations, start and generation); %s%n", CHILDREN, events,
                    admin.count("select count(*) from social_care.period_of_care"), generated, workforce(admin));
            // Measured on a settled authority: the events the generation published (health's records, the virtual
            // school's roll) are delivered first, so no figure is taken beside the dispatcher's backlog.
            awaitEvents(database, "the generation");
            // The heap under load: from here, while serving (the generation's own peak is not the goal's).
            HeapWatch heap = HeapWatch.start();
            String base = "http://localhost:" + app.port();
            String worker = "Bearer " + token(base, "sw.smith");
            if (PARTS.contains("reads")) {
                reads(database, admin, base);
            }
            if (PARTS.contains("writes")) {
                writes(database, admin, base, worker);
            }
            if (PARTS.contains("scorecard")) {
                scorecard(database, base, "Bearer " + token(base, "pa.green"));
            }
            if (PARTS.contains("export")) {
                export(database, base, worker);
            }
            heap.stop();
            Runtime.getRuntime().gc();
            var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            row("heap under load (client in the same JVM)", String.format("peak used %d MiB, committed %d MiB, used after GC %d MiB",
                    heap.peakUsed() >> 20, heap.peakCommitted() >> 20, memory.getUsed() >> 20), "-", "-",
                    "≤ 256 MiB", heap.peakUsed() <= 256L << 20);
            if (PARTS.contains("ssda903")) {
                nationalReturn(database, base, worker);
            }
        }
        try {
            if (PARTS.contains("start")) {
                startup(database);
            }
        } catch (AssertionError | Exception e) {
            // the table below is still printed: the start-up row says why it has no figure
            row("start to first 200 on an existing database (own JVM)", "not measured: " + e.getMessage(), "-", "-",
                    "≤ 1.5 s", false);
        }
        System.out.println();
        System.out.println("| figure | CYPF | baseline | ratio | goal | met |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    // ---- reads --------------------------------------------------------------------------------------------------

    /**
     * One child's record and the list page, as the callers who ask for them: a social worker with a realistic caseload
     * (the generated worker among {@link #CASELOAD_WORKERS} with the most children looked after; {@code sw.smith},
     * who records the demo's children, when the authority is no bigger than the demo's and has no generated worker),
     * reading a period of care of a child of hers and listing her children looked after; and a team manager, whose
     * role lists every child's periods of care (social care's grant is partnership-wide, so the list carries no
     * scope of children at all).
     */
    private void reads(TestDatabase.Target database, AdminSql admin, String base) throws Exception {
        List<Map<String, Object>> candidates = admin.rows("select i.user_id, count(distinct i.child_id) children, "
                + "count(distinct p.child_id) looked_after, min(p.period_id::text) period from governance.involvement i "
                + "left join social_care.period_of_care p on p.child_id = i.child_id where i.kind = 'CREATED-RECORD' "
                + "and i.user_id = any(?) group by i.user_id order by count(distinct p.child_id) desc, i.user_id limit 1",
                (Object) CASELOAD_WORKERS.toArray(String[]::new));
        Map<String, Object> measured = candidates.isEmpty() || ((Number) candidates.get(0).get("looked_after")).longValue() == 0
                ? admin.rows("select i.user_id, count(distinct i.child_id) children, count(distinct p.child_id) "
                + "looked_after, min(p.period_id::text) period from governance.involvement i left join "
                + "social_care.period_of_care p on p.child_id = i.child_id where i.kind = 'CREATED-RECORD' "
                + "and i.user_id = 'sw.smith' group by i.user_id").get(0)
                : candidates.get(0);
        String user = measured.get("user_id").toString();
        String caseload = String.format("%s, a social worker of %,d children, %,d with a period of care", user,
                ((Number) measured.get("children")).longValue(), ((Number) measured.get("looked_after")).longValue());
        String worker = "Bearer " + token(base, user);
        UUID period = UUID.fromString(measured.get("period").toString());
        UUID child = (UUID) admin.rows("select child_id from social_care.period_of_care where period_id = ?", period)
                .get(0).get("child_id");
        compareRead("GET one period of care of a child of " + caseload, base + "/social-care/periods-of-care/" + period,
                worker, 0.6, database, c -> periodOfCareStatements(c, user, period, child));
        String page = base + "/social-care/children-looked-after?page=1&size=50";
        compareRead("GET children looked after, a page of 50, as " + caseload, page, worker, 0.6, null, null);
        compareRead("GET children looked after, a page of 50, as tm.patel, a team manager (lists every child: "
                + "social care's grant partnership-wide)", page, "Bearer " + token(base, "tm.patel"), 0.6, null, null);
    }

    /** Who recorded the authority's children (ADR 0090's workforce), for the authority's line. */
    private static String workforce(AdminSql admin) {
        String recorders = "select user_id, count(distinct child_id) n from governance.involvement"
                + " where kind = 'CREATED-RECORD' and user_id like 'sw.%' group by user_id";
        // The last generated worker (sw.0001, ... in the order of their numbers) has the children left over.
        String last = "(select user_id from (" + recorders + ") l where user_id <> 'sw.smith'"
                + " order by length(user_id) desc, user_id desc limit 1)";
        Map<String, Object> w = admin.rows("select count(*) workers, coalesce(max(n), 0) largest, "
                + "coalesce(max(n) filter (where user_id = 'sw.smith'), 0) smith, "
                + "coalesce(min(n) filter (where user_id <> 'sw.smith' and user_id <> " + last + "), "
                + "max(n) filter (where user_id <> 'sw.smith')) fewest, "
                + "coalesce(max(n) filter (where user_id <> 'sw.smith'), 0) most, "
                + "coalesce(max(n) filter (where user_id = " + last + "), 0) leftover from (" + recorders + ") r").get(0);
        long workers = ((Number) w.get("workers")).longValue();
        String smith = String.format("recorded by %,d social workers, the largest caseload %,d children: sw.smith the "
                + "demo's %,d", workers, ((Number) w.get("largest")).longValue(), ((Number) w.get("smith")).longValue());
        if (workers == 1) {
            return smith + ", no generated worker (an authority no bigger than the demo's)";
        }
        return smith + String.format(", the %,d generated workers (sw.0001, ...) %d to %d each, the last the %d left",
                workers - 1, ((Number) w.get("fewest")).longValue(), ((Number) w.get("most")).longValue(),
                ((Number) w.get("leftover")).longValue());
    }

    /** What one SQL statement a floor request runs (a connection of its own pool, as CYPF's). */
    interface Statements {
        void run(Connection connection) throws Exception;
    }

    /**
     * The statements a read of one period of care needs under CYPF's rules, by raw JDBC: whether the caller is involved
     * with the child (governance), the period, its episodes and its child, and the audit row, the last four in one
     * transaction. The floor any implementation of the rules stands on, beside the bare route that does none of it.
     */
    private static void periodOfCareStatements(Connection c, String user, UUID period, UUID child) throws Exception {
        c.setAutoCommit(true);
        try (var involved = c.prepareStatement("""
                select distinct child_id from governance.involvement
                 where child_id = any(?) and user_id = ? and organisation = ? and valid_from <= ?
                   and (valid_to is null or valid_to >= ?)""")) {
            involved.setArray(1, c.createArrayOf("uuid", new Object[] {child}));
            involved.setString(2, user);
            involved.setString(3, "council");
            involved.setObject(4, LocalDate.now());
            involved.setObject(5, LocalDate.now());
            drain(involved);
        }
        c.setAutoCommit(false);
        try (var p = c.prepareStatement("select * from social_care.period_of_care where period_id = ?");
             var e = c.prepareStatement("select * from social_care.episode where period_id = any(?) order by start_date");
             var k = c.prepareStatement("select * from social_care.child where child_id = any(?)");
             var audit = c.prepareStatement("""
                     insert into governance.child_record_access (user_id, organisation, role, context, record_type, action,
                            child_id, purpose, decision, rule, agreement, issuer)
                     values (?, 'council', 'social-worker', 'social-care', 'period-of-care', 'READ', ?,
                             'viewing a child''s period of care', 'PERMITTED', 'ROLE-AND-AGREEMENT', null, 'bench')""")) {
            p.setObject(1, period);
            drain(p);
            e.setArray(1, c.createArrayOf("uuid", new Object[] {period}));
            drain(e);
            k.setArray(1, c.createArrayOf("uuid", new Object[] {child}));
            drain(k);
            audit.setString(1, user);
            audit.setObject(2, child);
            audit.executeUpdate();
            c.commit();
        }
    }

    private static void drain(java.sql.PreparedStatement statement) throws Exception {
        try (var rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
    }

    private void compareRead(String figure, String url, String worker, double goal, TestDatabase.Target database,
                             Statements statements) throws Exception {
        var sample = Load.HTTP.send(Load.get(url, worker).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, sample.statusCode(), new String(sample.body()));
        byte[] bytes = sample.body();
        String type = sample.headers().firstValue("Content-Type").orElse("application/json");
        // The floor's connections: one a client, opened before the run, as CYPF's pool holds them open.
        var connections = new java.util.concurrent.ArrayBlockingQueue<Connection>(CLIENTS);
        if (statements != null) {
            for (int i = 0; i < CLIENTS; i++) {
                connections.add(DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password()));
            }
        }
        // Socket options as CYPF's (application.yaml): like with like.
        WebServer bare = WebServer.builder().host("localhost").port(0)
                .connectionOptions(io.helidon.common.socket.SocketOptions.builder().tcpNoDelay(true).build())
                .routing(r -> r.get("/same", (req, res) -> {
                    res.header(HeaderNames.CONTENT_TYPE, type);
                    res.send(bytes);
                }).get("/floor", (req, res) -> {
                    Connection c = connections.take();
                    try {
                        statements.run(c);
                    } finally {
                        connections.add(c);
                    }
                    res.header(HeaderNames.CONTENT_TYPE, type);
                    res.send(bytes);
                })).build().start();
        try {
            String bareUrl = "http://localhost:" + bare.port() + "/same";
            String floorUrl = "http://localhost:" + bare.port() + "/floor";
            Load.closed(i -> Load.get(url, worker), 200, CLIENTS, Duration.ofSeconds(2)); // warm up
            Load.closed(i -> Load.get(bareUrl, worker), 200, CLIENTS, Duration.ofSeconds(2));
            Load.Result cypf = Load.closed(i -> Load.get(url, worker), 200, CLIENTS, RUN);
            Load.Result plain = Load.closed(i -> Load.get(bareUrl, worker), 200, CLIENTS, RUN);
            Load.Result half = Load.paced(i -> Load.get(url, worker), 200, CLIENTS, RUN, plain.perSecond() / 2);
            double ratio = cypf.perSecond() / plain.perSecond();
            row(figure + " (" + bytes.length + " bytes)",
                    String.format("%,.0f req/s, p99 %.1f ms; at %,.0f req/s p99 %.1f ms", cypf.perSecond(), cypf.p99Ms(),
                            half.perSecond(), half.p99Ms()),
                    String.format("bare Helidon, same bytes: %,.0f req/s, p99 %.1f ms", plain.perSecond(), plain.p99Ms()),
                    String.format("%.3f", ratio), "≥ 0.60 of its req/s; p99 ≤ 10 ms at half its load",
                    ratio >= goal && half.p99Ms() <= 10 && half.perSecond() >= plain.perSecond() / 2 * 0.95);
            assertEquals(0, cypf.failures(), figure + ": every request answered 200");
            if (statements != null) {
                Load.closed(i -> Load.get(floorUrl, worker), 200, CLIENTS, Duration.ofSeconds(2));
                Load.Result floor = Load.closed(i -> Load.get(floorUrl, worker), 200, CLIENTS, RUN);
                assertEquals(0, floor.failures(), "every floor request answered 200");
                // No goal: how much of the gap to the bare route is the SQL the rules ask for, and how much is CYPF.
                rows.add("| " + figure + " beside the SQL it needs | " + String.format("%,.0f req/s", cypf.perSecond())
                        + " | " + String.format("the bare route running the same statements by raw JDBC (involvement; "
                        + "period, episodes, child and audit row in one transaction): %,.0f req/s, p99 %.1f ms",
                        floor.perSecond(), floor.p99Ms()) + " | " + String.format("%.3f", cypf.perSecond() / floor.perSecond())
                        + " | – (the floor the access rules set) | – |");
                System.out.println(rows.get(rows.size() - 1));
            }
        } finally {
            bare.stop();
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    // ---- writes -------------------------------------------------------------------------------------------------

    private void writes(TestDatabase.Target database, AdminSql admin, String base, String worker) throws Exception {
        String rowsWritten = "select sum((xpath('/row/c/text()', query_to_xml('select count(*) as c from '"
                + " || schemaname || '.' || relname, false, true, '')))[1]::text::bigint) from pg_stat_user_tables"
                + " where schemaname in ('social_care', 'governance', 'platform')";
        long before = admin.count(rowsWritten);
        AtomicLong child = new AtomicLong(System.currentTimeMillis() % 100_000);
        Load.Result api = Load.closed(i -> HttpRequest.newBuilder(URI.create(base + "/social-care/periods-of-care"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", worker).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(periodOfCare("W" + child.incrementAndGet()))), 201, CLIENTS, RUN);
        Thread.sleep(1_000);
        long perCreate = Math.max(1, Math.round((admin.count(rowsWritten) - before) / (double) api.requests()));
        double raw = rawInserts(database, perCreate);
        double ratio = api.perSecond() / raw;
        row("POST periods of care (access check, audit, outbox)",
                String.format("%,.0f creates/s, p99 %.1f ms", api.perSecond(), api.p99Ms()),
                String.format("raw JDBC, %d rows a create in one transaction: %,.0f creates/s", perCreate, raw),
                String.format("%.3f", ratio), "≥ 0.50", ratio >= 0.5);
        assertTrue(api.requests() > 0 && api.failures() == 0, "every create answered 201: " + api);
    }

    private static String periodOfCare(String localChildId) {
        return "{\"child\":{\"localChildId\":\"" + localChildId + "\",\"dateOfBirth\":\"2015-06-01\",\"sex\":\"2\"},"
                + "\"startDate\":\"2025-01-10\",\"legalStatus\":\"C2\",\"categoryOfNeed\":\"N1\",\"placement\":"
                + "{\"placementType\":\"U4\",\"provider\":\"PR1\",\"postcode\":\"ST4 1HH\"}}";
    }

    /** Creates a second: CLIENTS connections each inserting {@code rows} rows a transaction, with no checks at all. */
    private static double rawInserts(TestDatabase.Target database, long rows) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var s = c.createStatement()) {
            s.execute("create table if not exists public.bench_write (id uuid primary key, n int not null, body jsonb not null)");
        }
        AtomicLong creates = new AtomicLong();
        long end = System.nanoTime() + RUN.toNanos();
        List<Thread> threads = new ArrayList<>();
        String body = periodOfCare("W0");
        for (int t = 0; t < CLIENTS; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                     var insert = c.prepareStatement("insert into public.bench_write (id, n, body) values (?, ?, ?::jsonb)")) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        for (int r = 0; r < rows; r++) {
                            insert.setObject(1, UUID.randomUUID());
                            insert.setInt(2, r);
                            insert.setString(3, body);
                            insert.executeUpdate();
                        }
                        c.commit();
                        creates.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return creates.get() / (RUN.toNanos() / 1e9);
    }

    // ---- scorecard ----------------------------------------------------------------------------------------------

    private void scorecard(TestDatabase.Target database, String base, String analyst) throws Exception {
        LocalDate date = LocalDate.now().withDayOfMonth(1).minusDays(1);
        String url = base + "/governance/strategies/" + STRATEGY + "/scorecard?date=" + date;
        var answer = Load.HTTP.send(Load.get(url, analyst).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        Map<String, String> keys = computedKeys();
        assertEquals(new java.util.TreeSet<>(keys.values()), new java.util.TreeSet<>(AGGREGATES.keySet()),
                "the baseline computes every key the strategy binds, and no other");
        double card = median(() -> {
            var a = Load.HTTP.send(Load.get(url, analyst).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(200, a.statusCode());
        });
        double sql;
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            // On the demo authority only children looked after has a value: the generator writes no attendance,
            // exclusions, results, post-16 activity, child health observations or self-harm figures, so every other
            // measure counts nobody on both dates (no value on the card, "NOTHING_TO_COUNT"); their SQL still runs.
            sameAsTheCard("demo authority", c, keys, answer.body(), date);
            sql = median(() -> aggregates(c, date));
            // Then a few rows of each of those kinds, written in SQL and removed after, so that every measure has a
            // value on both dates and the card's equals the baseline's (after the timing: the figure is the demo's).
            try {
                seedEveryMeasure(c, date);
                var seeded = Load.HTTP.send(Load.get(url, analyst).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, seeded.statusCode(), seeded.body());
                sameAsTheCard("seeded", c, keys, seeded.body(), date);
            } finally {
                unseed(c);
            }
        }
        row("scorecard of " + STRATEGY + " (HTTP, " + answer.body().length() + " bytes)",
                String.format("median %.0f ms", card), String.format("hand-written SQL of the same %d aggregates on "
                        + "both dates: %.0f ms", AGGREGATES.size(), sql),
                String.format("%.1f ×", card / sql), "≤ 2 × and under 1 s", card <= 2 * sql && card < 1000);
    }

    /**
     * What the scorecard shows, in SQL on one connection in auto-commit: each submitted measure's latest two values
     * (the latest and the one before it, as the card reads them), and every computed measure the strategy binds, on
     * the date and a year earlier, as governance asks each source for both (MeasureSource.computeOn).
     */
    private static void aggregates(Connection c, LocalDate date) throws Exception {
        try (var latest = c.prepareStatement("""
                select measure_id, value from (
                  select measure_id, value, row_number() over (partition by measure_id, breakdown order by as_at desc) n
                  from governance.strategy_observation where strategy_id = ? and as_at <= ? and state = 'APPROVED') r
                where n <= 2""")) {
            latest.setString(1, STRATEGY);
            latest.setObject(2, date);
            drain(latest.executeQuery());
        }
        for (Aggregate a : AGGREGATES.values()) {
            try (var s = c.prepareStatement(a.sql())) {
                for (LocalDate on : List.of(date, date.minusYears(1))) {
                    a.bind().bind(s, on);
                    drain(s.executeQuery());
                }
            }
        }
    }

    /** A computed measure in SQL: one statement answering value, numerator and denominator for a date. */
    private record Aggregate(String sql, Binder bind) {}

    interface Binder {
        void bind(java.sql.PreparedStatement s, LocalDate on) throws Exception;
    }

    /** The SQL's answer for one key and date. */
    private record Answer(java.math.BigDecimal value, Long numerator, Long denominator) {
        boolean countsNobody() {
            return denominator != null && denominator == 0;
        }
    }

    /**
     * A ratio as the measure sources give it: numerator times {@code per} over denominator, rounded half up
     * (PostgreSQL's round of a numeric) to {@code places}, 0 of 0 giving 0; {@code counts} answers (n, d).
     */
    private static String ratio(int places, int per, String counts) {
        return "select case when d = 0 then 0 else round(n::numeric * " + per + " / d, " + places + ") end, n, d from ("
                + counts + ") t(n, d)";
    }

    /** The school year a date falls in (AcademicYear.containing): 2024 for 1 September 2024 to 31 August 2025. */
    private static int academicYear(LocalDate on) {
        return on.getMonthValue() >= 9 ? on.getYear() : on.getYear() - 1;
    }

    /** The first day of the 12 months to the date (MeasureComputations.yearTo). */
    private static LocalDate yearTo(LocalDate on) {
        return on.minusYears(1).plusDays(1);
    }

    /** The financial year a self-harm figure on the date reports (SelfHarmAdmissions.latestYearEndedBy): its 1 April. */
    private static LocalDate selfHarmYear(LocalDate on) {
        LocalDate ended = LocalDate.of(on.getYear(), 3, 31);
        if (on.isBefore(ended)) {
            ended = ended.minusYears(1);
        }
        return ended.minusYears(1).plusDays(1);
    }

    private static Binder window() {
        return (s, on) -> {
            s.setObject(1, yearTo(on));
            s.setObject(2, on);
        };
    }

    private static Aggregate childHealth(String kind, String code, String counted) {
        return new Aggregate(ratio(1, 100, "select count(*) filter (where " + counted + "), count(*) "
                + "from health_wellbeing.child_health_observation where kind = '" + kind + "'"
                + (code == null ? "" : " and code = '" + code + "'") + " and observed_on between ? and ?"), window());
    }

    private static Aggregate selfHarmBand(String band) {
        return new Aggregate(ratio(1, 100_000, "select coalesce(sum(admissions), 0), coalesce(sum(population), 0) "
                + "from health_wellbeing.self_harm_admissions where year_starting = ? and age_band = '" + band + "'"),
                (s, on) -> s.setObject(1, selfHarmYear(on)));
    }

    private static Aggregate post16(String group) {
        return new Aggregate(ratio(1, 100, "select count(*) filter (where activity_group = '" + group + "'), "
                + "count(*) filter (where activity_group <> 'OTHER') from education_skills.post16_activity where month = ?"),
                (s, on) -> s.setObject(1, on.withDayOfMonth(1)));
    }

    /**
     * Every key the seed strategy's computed measures bind, in the SQL of the measure source that computes it (the
     * same tables, filters and aggregate as its jOOQ query, the same rounding as its Java).
     */
    private static final Map<String, Aggregate> AGGREGATES = aggregateSql();

    private static Map<String, Aggregate> aggregateSql() {
        Map<String, Aggregate> a = new java.util.LinkedHashMap<>();
        // ChildrenLookedAfterMeasures / JooqPeriodsOfCare.countChildrenLookedAfter: children with an episode open at
        // the end of the day, short breaks (V3, V4) left out
        a.put("social-care.children-looked-after", new Aggregate("""
                select count(distinct p.child_id)::numeric, null::bigint, null::bigint
                  from social_care.episode e join social_care.period_of_care p on p.period_id = e.period_id
                 where e.start_date <= ? and (e.end_date is null or e.end_date > ?) and e.legal_status not in ('V3', 'V4')""",
                (s, on) -> {
                    s.setObject(1, on);
                    s.setObject(2, on);
                }));
        // AttendanceMeasures / JooqAttendanceFigures: sessions attended over possible in the school year, %
        a.put("education-skills.attendance-rate", new Aggregate(ratio(1, 100, """
                select coalesce(sum(sessions_possible) - sum(sessions_missed), 0), coalesce(sum(sessions_possible), 0)
                  from education_skills.term_attendance where academic_year = ?"""),
                (s, on) -> s.setInt(1, academicYear(on))));
        // ExclusionMeasures / JooqExclusionFigures: permanent exclusions from 1 September to the date per 100 pupils
        // with attendance held for the school year, two places
        a.put("education-skills.permanent-exclusion-rate", new Aggregate(ratio(2, 100, """
                select (select count(*) from education_skills.exclusion
                         where category = 'PERMANENT' and start_date between ? and ?),
                       (select count(distinct upn) from education_skills.term_attendance where academic_year = ?)"""),
                (s, on) -> {
                    s.setObject(1, LocalDate.of(academicYear(on), 9, 1));
                    s.setObject(2, on);
                    s.setInt(3, academicYear(on));
                }));
        // ParticipationMeasures / JooqActivityRecords: the month's young people but those in custody (OTHER)
        a.put("education-skills.post16-neet", post16("NEET"));
        a.put("education-skills.post16-eet", post16("EET"));
        // ResultsMeasures / JooqResultFigures.eyfs: good level of development, % of profiles of the school year
        a.put("education-skills.good-level-of-development", new Aggregate(ratio(1, 100, """
                select count(*) filter (where good_level_of_development), count(*)
                  from education_skills.eyfs_profile where academic_year = ?"""),
                (s, on) -> s.setInt(1, academicYear(on))));
        // ResultsMeasures / JooqResultFigures.ks4: other pupils' mean Attainment 8 less FSM6 pupils', two places,
        // the smaller group's size as denominator
        a.put("education-skills.attainment-8-disadvantaged-gap", new Aggregate("""
                select round(coalesce(sum(attainment_8) filter (where not fsm6) / nullif(count(*) filter (where not fsm6), 0), 0)
                           - coalesce(sum(attainment_8) filter (where fsm6) / nullif(count(*) filter (where fsm6), 0), 0), 2),
                       null::bigint, least(count(*) filter (where not fsm6), count(*) filter (where fsm6))
                  from education_skills.ks4_result where academic_year = ?""",
                (s, on) -> s.setInt(1, academicYear(on))));
        // ChildHealthMeasures / JooqChildHealthObservations: observations of the 12 months to the date, %
        a.put("health-wellbeing.low-birth-weight", childHealth("BIRTH_WEIGHT", null, "amount < 2500"));
        a.put("health-wellbeing.decay-at-five", childHealth("ORAL_HEALTH", null, "amount >= 1"));
        a.put("health-wellbeing.excess-weight-year-6", childHealth("CHILD_MEASUREMENT", "YEAR_6", "amount >= 85"));
        // healthy: below the 85th centile, less those at or below the 2nd (counted as below 2.01)
        a.put("health-wellbeing.healthy-weight-reception", new Aggregate(ratio(1, 100, """
                select count(*) filter (where amount < 85) - count(*) filter (where amount < 2.01), count(*)
                  from health_wellbeing.child_health_observation
                 where kind = 'CHILD_MEASUREMENT' and code = 'RECEPTION' and observed_on between ? and ?"""), window()));
        // MentalHealthMeasures: the latest financial year ended by the date; 10-24 directly standardised to the
        // 2013 European Standard Population (5,500, 5,500, 6,000) over the bands held, each band's term to 12 places
        a.put("health-wellbeing.self-harm-admissions-10-24", new Aggregate("""
                select case when count(*) = 0 then 0.0
                            else round(sum(round(admissions::numeric * w * 100000 / population, 12)) / sum(w), 1) end,
                       coalesce(sum(admissions), 0), coalesce(sum(population), 0)
                  from (select admissions, population, case age_band when '20-24' then 6000 else 5500 end w
                          from health_wellbeing.self_harm_admissions where year_starting = ?) b""",
                (s, on) -> s.setObject(1, selfHarmYear(on))));
        a.put("health-wellbeing.self-harm-admissions-10-14", selfHarmBand("10-14"));
        a.put("health-wellbeing.self-harm-admissions-15-19", selfHarmBand("15-19"));
        a.put("health-wellbeing.self-harm-admissions-20-24", selfHarmBand("20-24"));
        return java.util.Collections.unmodifiableMap(a);
    }

    private static Answer answer(Connection c, String key, LocalDate on) throws Exception {
        Aggregate a = AGGREGATES.get(key);
        try (var s = c.prepareStatement(a.sql())) {
            a.bind().bind(s, on);
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next(), key);
                return new Answer(rs.getBigDecimal(1), (Long) rs.getObject(2, Long.class), (Long) rs.getObject(3, Long.class));
            }
        }
    }

    /** The seed strategy's computed measures: measure id to the key it binds, from the YAML the demo loads. */
    private static Map<String, String> computedKeys() throws Exception {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(Path.of("../docs/strategies/s001-" + STRATEGY + ".yaml").toFile());
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        yaml.get("measures").forEach(m -> {
            if ("COMPUTED".equals(m.at("/source/kind").asText())) {
                keys.put(m.get("id").asText(), m.at("/source/key").asText());
            }
        });
        return keys;
    }

    /**
     * Each computed measure's value on the card equals the SQL's on the date (latest) and a year earlier (previous);
     * a measure that counts nobody on the date has no value on the card and says so. Printed, key by key.
     */
    private static void sameAsTheCard(String on, Connection c, Map<String, String> keys, String body, LocalDate date)
            throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        Map<String, com.fasterxml.jackson.databind.JsonNode> lines = new HashMap<>();
        json.get("groups").forEach(g -> g.get("measures").forEach(m -> lines.put(m.get("measureId").asText(), m)));
        LocalDate before = date.minusYears(1);
        System.out.printf("scorecard vs SQL (%s), %s and %s:%n", on, date, before);
        for (var e : keys.entrySet()) {
            var line = lines.get(e.getKey());
            assertTrue(line != null, "the card shows " + e.getKey());
            Answer now = answer(c, e.getValue(), date);
            Answer then = answer(c, e.getValue(), before);
            String cardNow = line.hasNonNull("latest") ? line.at("/latest/value").decimalValue().toPlainString() : "none";
            String cardThen = line.hasNonNull("previous") ? line.at("/previous/value").decimalValue().toPlainString() : "none";
            System.out.printf("  %-48s %-52s SQL %s (%s/%s), %s (%s/%s); card %s, %s%n", e.getValue(), e.getKey(),
                    now.value().toPlainString(), now.numerator(), now.denominator(), then.value().toPlainString(),
                    then.numerator(), then.denominator(), cardNow, cardThen);
            if (now.countsNobody()) {
                assertTrue(!line.hasNonNull("latest"), e.getKey() + " counts nobody on " + date);
                assertTrue(line.get("dataQuality").toString().contains("NOTHING_TO_COUNT"), line.toString());
            } else {
                assertEquals(0, now.value().compareTo(line.at("/latest/value").decimalValue()), e.getKey() + " on " + date
                        + ": SQL " + now + ", card " + line.get("latest"));
                assertEquals(date.toString(), line.at("/latest/asAt").asText(), e.getKey());
            }
            if (!then.countsNobody()) {
                assertEquals(0, then.value().compareTo(line.at("/previous/value").decimalValue()), e.getKey() + " on "
                        + before + ": SQL " + then + ", card " + line.get("previous"));
                assertEquals(before.toString(), line.at("/previous/asAt").asText(), e.getKey());
            }
        }
    }

    private static final String BENCH_UPN = "BENCH";
    private static final int BENCH_URN = 999_990;
    private static final String BENCH_NHS = "99990";
    private static final String BENCH_AREA = "E99999999";

    /**
     * A few rows of each kind the demo leaves empty, on both dates (the year before with more rows, so the two
     * values differ), including rows just outside each window so that the filters are tried: superuser SQL, in
     * auto-commit so that the card sees them, removed by {@link #unseed}.
     */
    private static void seedEveryMeasure(Connection c, LocalDate date) throws Exception {
        try (var s = c.createStatement()) {
            s.executeUpdate("insert into education_skills.setting (urn, name, type_of_establishment, phase_of_education) "
                    + "values (" + BENCH_URN + ", 'Benchmark school', 'Community school', 'Secondary')");
            s.executeUpdate("insert into education_skills.pupil (upn, child_id) select '" + BENCH_UPN + "' || lpad(i::text, 3, '0'), "
                    + "gen_random_uuid() from generate_series(0, 59) i");
        }
        String[] groups = {"EET", "NEET", "NOT_KNOWN", "OTHER"};
        int[] codes = {210, 540, 810, 710};
        String[] centiles = {"1.50", "2.00", "2.01", "40.00", "84.99", "85.00", "94.00", "99.00"};
        try (var attendance = c.prepareStatement("insert into education_skills.term_attendance (upn, academic_year, term, urn, "
                + "sessions_possible, sessions_missed) values (?, ?, 'AUTUMN', " + BENCH_URN + ", ?, ?)");
             var exclusion = c.prepareStatement("insert into education_skills.exclusion (exclusion_id, upn, urn, category, "
                     + "reason, start_date, sessions) values (gen_random_uuid(), ?, " + BENCH_URN + ", ?, 'PA', ?, ?)");
             var eyfs = c.prepareStatement("insert into education_skills.eyfs_profile (upn, academic_year, urn, fsm, "
                     + "goals_expected, good_level_of_development) values (?, ?, " + BENCH_URN + ", ?, '{}', ?)");
             var ks4 = c.prepareStatement("insert into education_skills.ks4_result (upn, academic_year, urn, fsm6, "
                     + "attainment_8, progress_8, english_grade, maths_grade, english_maths_4, english_maths_5) "
                     + "values (?, ?, " + BENCH_URN + ", ?, ?, null, 4, 4, true, false)");
             var activity = c.prepareStatement("insert into education_skills.post16_activity (upn, month, activity_code, "
                     + "activity_group) values (?, ?, ?, ?)");
             var health = c.prepareStatement("insert into health_wellbeing.child_health_observation (nhs_number, child_id, "
                     + "date_of_birth, kind, observed_on, code, amount) values (?, gen_random_uuid(), ?, ?, ?, ?, ?)");
             var selfHarm = c.prepareStatement("insert into health_wellbeing.self_harm_admissions (year_starting, age_band, "
                     + "area_code, admissions, population) values (?, ?, '" + BENCH_AREA + "', ?, ?) on conflict do nothing")) {
            for (int j = 0; j < 2; j++) {
                LocalDate on = date.minusYears(j);
                int year = academicYear(on);
                for (int i = 0; i < 12 + 5 * j; i++) {
                    attendance.setString(1, upn(i));
                    attendance.setInt(2, year);
                    attendance.setInt(3, 100 + 3 * i);
                    attendance.setInt(4, (7 * i + 11 * j) % 31);
                    attendance.executeUpdate();
                }
                // two permanent exclusions in the school year to the date (three the year before), one before
                // 1 September and one after the date that do not count, a suspension that is no permanent exclusion
                for (int i = 0; i < 4 + j; i++) {
                    exclusion.setString(1, upn(i));
                    exclusion.setString(2, "PERMANENT");
                    exclusion.setObject(3, i == 0 ? LocalDate.of(year, 8, 31) : i == 1 ? on.plusDays(1) : on.minusDays(i));
                    exclusion.setObject(4, null);
                    exclusion.executeUpdate();
                }
                exclusion.setString(1, upn(5));
                exclusion.setString(2, "SUSPENSION");
                exclusion.setObject(3, on);
                exclusion.setInt(4, 2);
                exclusion.executeUpdate();
                for (int i = 20; i < 27 + j; i++) {
                    eyfs.setString(1, upn(i));
                    eyfs.setInt(2, year);
                    eyfs.setBoolean(3, i % 2 == 0);
                    eyfs.setBoolean(4, i % 3 != 0);
                    eyfs.executeUpdate();
                }
                for (int i = 30; i < 41 + j; i++) {
                    ks4.setString(1, upn(i));
                    ks4.setInt(2, year);
                    ks4.setBoolean(3, i % 3 == 0);
                    ks4.setBigDecimal(4, new java.math.BigDecimal(20 + i * 1.37 + j * 4.1).setScale(2, java.math.RoundingMode.HALF_UP));
                    ks4.executeUpdate();
                }
                for (int i = 40; i < 53 + 2 * j; i++) {
                    activity.setString(1, upn(i));
                    activity.setObject(2, on.withDayOfMonth(1));
                    activity.setInt(3, codes[(i + j) % 4]);
                    activity.setString(4, groups[(i + j) % 4]);
                    activity.executeUpdate();
                }
                int n = 0;
                for (int i = 0; i < 9 + 3 * j; i++) {
                    // the first falls on the window's day before its first (out), the rest inside it
                    LocalDate observed = i == 0 ? yearTo(on).minusDays(1) : on.minusDays(3L * i);
                    health(health, n++, on.minusYears(5), "BIRTH_WEIGHT", observed, "", new java.math.BigDecimal(1900 + 150 * i));
                    health(health, n++, on.minusYears(5), "ORAL_HEALTH", observed, "", java.math.BigDecimal.valueOf(i % 3));
                    health(health, n++, on.minusYears(5), "CHILD_MEASUREMENT", observed, "RECEPTION",
                            new java.math.BigDecimal(centiles[(i + j) % centiles.length]));
                    health(health, n++, on.minusYears(11), "CHILD_MEASUREMENT", observed, "YEAR_6",
                            new java.math.BigDecimal(centiles[(i + 3 * j) % centiles.length]));
                }
                String[] bands = j == 0 ? new String[] {"10-14", "15-19"} : new String[] {"10-14", "15-19", "20-24"};
                for (int b = 0; b < bands.length; b++) {
                    selfHarm.setObject(1, selfHarmYear(on));
                    selfHarm.setString(2, bands[b]);
                    selfHarm.setInt(3, 37 + 11 * b + 5 * j);
                    selfHarm.setInt(4, 15_523 + 1_009 * b + 77 * j);
                    selfHarm.executeUpdate();
                }
            }
        }
    }

    private static String upn(int i) {
        return BENCH_UPN + String.format("%03d", i);
    }

    private static void health(java.sql.PreparedStatement s, int n, LocalDate born, String kind, LocalDate observed,
                               String code, java.math.BigDecimal amount) throws Exception {
        s.setString(1, BENCH_NHS + String.format("%05d", n));
        s.setObject(2, born);
        s.setString(3, kind);
        s.setObject(4, observed);
        s.setString(5, code);
        s.setBigDecimal(6, amount);
        s.executeUpdate();
    }

    private static void unseed(Connection c) throws Exception {
        try (var s = c.createStatement()) {
            for (String table : List.of("term_attendance", "exclusion", "eyfs_profile", "ks4_result", "post16_activity", "pupil")) {
                s.executeUpdate("delete from education_skills." + table + " where upn like '" + BENCH_UPN + "%'");
            }
            s.executeUpdate("delete from education_skills.setting where urn = " + BENCH_URN);
            s.executeUpdate("delete from health_wellbeing.child_health_observation where nhs_number like '" + BENCH_NHS + "%'");
            s.executeUpdate("delete from health_wellbeing.self_harm_admissions where area_code = '" + BENCH_AREA + "'");
        }
    }

    private static void drain(java.sql.ResultSet rs) throws Exception {
        try (rs) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    // ---- SSDA903 export -----------------------------------------------------------------------------------------

    private void export(TestDatabase.Target database, String base, String worker) throws Exception {
        LocalDate today = LocalDate.now();
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        String url = base + "/social-care/returns/ssda903/" + year;
        long children;
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             var s = c.createStatement(); var rs = s.executeQuery("select count(distinct child_id) from social_care.period_of_care")) {
            rs.next();
            children = rs.getLong(1);
        }
        long t0 = System.nanoTime();
        var answer = Load.HTTP.send(Load.get(url, worker).build(), HttpResponse.BodyHandlers.ofByteArray());
        double api = (System.nanoTime() - t0) / 1e6;
        if (answer.statusCode() != 200) {
            row("SSDA903 export", "answered " + answer.statusCode(), "-", "-", "under 10 s for 83,000 children", false);
            return;
        }
        double copy;
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            t0 = System.nanoTime();
            var out = new StringWriter();
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    copy (select c.la_child_id, c.sex, c.date_of_birth, e.start_date, e.reason_new_episode, e.legal_status,
                                 e.category_of_need, e.placement_type, e.placement_provider, e.end_date, e.reason_ceased,
                                 e.home_postcode, e.placement_postcode, e.placement_urn
                          from social_care.child c join social_care.period_of_care p on p.child_id = c.child_id
                          join social_care.episode e on e.period_id = p.period_id order by c.la_child_id, e.start_date)
                    to stdout with (format csv)""", out);
            copy = (System.nanoTime() - t0) / 1e6;
        }
        double scaled = api / Math.max(1, children) * 83_000 / 1000;
        row("SSDA903 export of the demo authority's " + children + " children looked after, scaled linearly to 83,000 "
                        + "(ZIP, " + answer.body().length + " bytes; not a measurement at that size: see the ssda903 part)",
                String.format("%.0f ms (%.1f s scaled to 83,000 children)", api, scaled),
                String.format("COPY out of the episodes: %.0f ms", copy), String.format("%.1f ×", api / copy),
                "under 10 s for 83,000 children", scaled < 10);
    }

    // ---- SSDA903 at national size -------------------------------------------------------------------------------

    /**
     * A national-size year (England's 83,000 children looked after) through the running application's own routes:
     * the return checked ({@code ?dryRun=true}: access policy and audit, nothing stored) and then imported, each in
     * parts of at most {@link NationalReturn#PART} children (an import holds at most 200,000 rows), sent as
     * {@code application/zip}, timed as rows/s beside a raw COPY of the same rows; then the year's export (ZIP) beside
     * a COPY out of the same children and episodes. Each answer is asserted to be what is measured: 200, every child
     * stored, none held back.
     */
    private void nationalReturn(TestDatabase.Target database, String base, String worker) throws Exception {
        int year = NationalReturn.year(LocalDate.now());
        String url = base + "/social-care/returns/ssda903/" + year;
        List<List<NationalReturn.File>> parts = new ArrayList<>();
        List<byte[]> zips = new ArrayList<>();
        for (int from = 0; from < NATIONAL_CHILDREN; from += NationalReturn.PART) {
            var part = NationalReturn.files("N", from, Math.min(NATIONAL_CHILDREN, from + NationalReturn.PART), year);
            parts.add(part);
            zips.add(NationalReturn.zip(part));
        }
        long rows = (long) NATIONAL_CHILDREN * NationalReturn.ROWS_A_CHILD;
        // Warm-up on other children, so the figures are of compiled code: checks (nothing stored), one small import.
        int warm = Math.min(NATIONAL_CHILDREN, 2_000);
        byte[] warmUp = NationalReturn.zip(NationalReturn.files("W", 0, warm, year));
        for (int i = 0; i < 3; i++) {
            upload(url + "?dryRun=true", worker, warmUp, warm);
        }
        upload(url, worker, NationalReturn.zip(NationalReturn.files("V", 0, Math.min(NATIONAL_CHILDREN, 1_000), year)),
                Math.min(NATIONAL_CHILDREN, 1_000));
        long checkNanos = 0;
        for (int p = 0; p < zips.size(); p++) {
            long t0 = System.nanoTime();
            upload(url + "?dryRun=true", worker, zips.get(p), childrenOf(parts.get(p)));
            checkNanos += System.nanoTime() - t0;
        }
        long importNanos = 0;
        for (int p = 0; p < zips.size(); p++) {
            long t0 = System.nanoTime();
            upload(url, worker, zips.get(p), childrenOf(parts.get(p)));
            importNanos += System.nanoTime() - t0;
        }
        System.out.printf("SSDA903 %d: %,d children, %,d rows in %d parts: checked in %,.1f s, imported in %,.1f s%n",
                year, NATIONAL_CHILDREN, rows, parts.size(), checkNanos / 1e9, importNanos / 1e9);
        awaitEvents(database, "the import");
        long[] copies = new long[3];
        for (int r = 0; r < copies.length; r++) {
            copies[r] = NationalReturn.copyIn(database, parts);
        }
        double copyRate = rows / (medianOf(copies) / 1e9);
        double checkRate = rows / (checkNanos / 1e9);
        double importRate = rows / (importNanos / 1e9);
        String copied = String.format("COPY of the same rows into text tables (median of 3): %,.0f rows/s", copyRate);
        row(String.format("SSDA903 check through the application (access policy, audit), %,d children, %,d rows in %d "
                        + "parts (HTTP, ZIP)", NATIONAL_CHILDREN, rows, parts.size()),
                String.format("%,.0f rows/s", checkRate), copied, String.format("%.3f", checkRate / copyRate),
                "≥ 50,000 rows/s validated", checkRate >= 50_000);
        row(String.format("SSDA903 import through the application, stored, %,d children, %,d rows in %d parts (HTTP, ZIP)",
                        NATIONAL_CHILDREN, rows, parts.size()),
                String.format("%,.0f rows/s", importRate), copied, String.format("%.3f", importRate / copyRate),
                "≥ 20,000 rows/s stored", importRate >= 20_000);

        var first = Load.HTTP.send(Load.get(url, worker).timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, first.statusCode(), () -> new String(first.body(), java.nio.charset.StandardCharsets.UTF_8));
        int lookedAfter = NationalReturn.childrenLookedAfter(first.body());
        assertTrue(lookedAfter >= NATIONAL_CHILDREN, "the export returns every child imported: " + lookedAfter);
        long[] exports = new long[3];
        long[] copiesOut = new long[3];
        for (int r = 0; r < exports.length; r++) {
            long t0 = System.nanoTime();
            var answer = Load.HTTP.send(Load.get(url, worker).timeout(Duration.ofMinutes(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            exports[r] = System.nanoTime() - t0;
            assertEquals(200, answer.statusCode());
            assertEquals(first.body().length, answer.body().length, "each export answers the same files");
            copiesOut[r] = NationalReturn.copyOut(database, year);
        }
        double export = medianOf(exports) / 1e6;
        double copyOut = medianOf(copiesOut) / 1e6;
        row(String.format("SSDA903 export of %,d children looked after through the application (%d-%02d, ZIP, %,d bytes)",
                        lookedAfter, year, (year + 1) % 100, first.body().length),
                String.format("median of 3: %,.0f ms", export),
                String.format("COPY out of the same children and episodes (median of 3): %,.0f ms", copyOut),
                String.format("%.1f ×", export / copyOut), "under 10 s", export < 10_000);
    }

    /** Sends one part of the return; asserts 200 and that every one of its {@code children} is (or would be) stored. */
    private static void upload(String url, String worker, byte[] zip, int children) throws Exception {
        var answer = Load.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30))
                        .header("Authorization", worker).header("Content-Type", "application/zip")
                        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(),
                HttpResponse.BodyHandlers.ofString());
        String body = answer.body();
        String said = body.length() > 2_000 ? body.substring(0, 2_000) + "..." : body;
        assertEquals(200, answer.statusCode(), () -> url + " answered: " + said);
        assertTrue(body.matches("(?s).*\"childrenStored\"\\s*:\\s*" + children + "\\b.*")
                        && body.matches("(?s).*\"childrenHeldBack\"\\s*:\\s*0\\b.*"),
                () -> url + ": every one of " + children + " children stored, none held back: " + said);
    }

    private static int childrenOf(List<NationalReturn.File> part) {
        return (int) part.getFirst().content().lines().count() - 1;
    }

    /**
     * Waits (at most five minutes) for the events published before it to be delivered, so that the baselines after
     * it are not measured beside the dispatcher's backlog; prints how long that took.
     */
    private static void awaitEvents(TestDatabase.Target database, String after) throws Exception {
        AdminSql admin = new AdminSql(database);
        String pending = "select (select count(*) from platform.outbox where not fanned_out)"
                + " + (select count(*) from platform.event_delivery where status = 'PENDING')";
        long t0 = System.nanoTime();
        long left = admin.count(pending);
        long first = left;
        while (left > 0 && System.nanoTime() - t0 < Duration.ofMinutes(5).toNanos()) {
            Thread.sleep(1_000);
            left = admin.count(pending);
        }
        System.out.printf("events after %s: %,d to deliver, %,d left after %,.1f s%n", after, first, left,
                (System.nanoTime() - t0) / 1e9);
    }

    private static long medianOf(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    // ---- start --------------------------------------------------------------------------------------------------

    /**
     * Start to first answer of a JVM of its own: CYPF on the existing database, and the bare server; then, on a JDK
     * with JEP 483/514 (25+), both again from an AOT cache each trained by one start in this run (ADR 0123).
     */
    private void startup(TestDatabase.Target database) throws Exception {
        // The readiness probes' deadline is raised from 800 ms: on a machine loaded many times over, seven fresh
        // connections can take longer than that, and the probe would answer DOWN although every context is ready.
        java.util.function.IntFunction<List<String>> cypfArguments = port -> List.of("-Ddb.url=" + database.jdbcUrl(),
                "-Ddb.user=" + database.user(), "-Ddb.password=" + database.password(), "-Dserver.port=" + port,
                "-Dsecurity.development-issuer.enabled=true", "-Dgovernance.audit.seal-interval-seconds=0",
                "-Ddb.health-timeout-ms=10000", "org.cypf.app.Main");
        java.util.function.IntFunction<List<String>> bareArguments = port -> List.of(BareServer.class.getName(),
                String.valueOf(port));
        if (PARTS.contains("start-aot")) {
            // A JDK AOT cache is written only from JAR files (a non-empty directory on the class path fails its
            // creation), so the benchmark's class directories are packed once, and every start here, with and
            // without a cache, runs on that same class path.
            classPath = jarred(System.getProperty("java.class.path"), Path.of("target", "aot").toAbsolutePath());
        }
        double cypf = medianStart("cypf", port -> concat(START_JVM_OPTIONS, cypfArguments.apply(port)), "/observe/health");
        double bare = medianStart("bare", bareArguments, "/");
        row("start to first 200 on an existing database (own JVM)", String.format("%.2f s", cypf / 1000),
                String.format("bare Helidon on the same classpath: %.2f s", bare / 1000), String.format("%.1f ×", cypf / bare),
                "≤ 1.5 s", cypf <= 1500);
        if (!PARTS.contains("start-aot")) {
            return;
        }
        if (Runtime.version().feature() < 25) {
            row("start from a JDK AOT cache", "not measured: needs JDK 25 (JEP 514), this is "
                    + Runtime.version(), "-", "-", "≤ 1.5 s", false);
            return;
        }
        Path cypfCache = Path.of("target", "aot", "cypf.aot").toAbsolutePath();
        Path bareCache = Path.of("target", "aot", "bare.aot").toAbsolutePath();
        java.nio.file.Files.createDirectories(cypfCache.getParent());
        java.nio.file.Files.deleteIfExists(cypfCache);
        java.nio.file.Files.deleteIfExists(bareCache);
        long trainCypf = train("cypf", cypfCache, port -> concat(START_JVM_OPTIONS, cypfArguments.apply(port)),
                "/observe/health");
        long trainBare = train("bare", bareCache, bareArguments, "/");
        System.out.printf("AOT caches trained: cypf %d ms (%d MiB), bare %d ms (%d MiB)%n", trainCypf,
                java.nio.file.Files.size(cypfCache) >> 20, trainBare, java.nio.file.Files.size(bareCache) >> 20);
        double cypfAot = medianStart("cypf-aot", port -> concat(concat(START_JVM_OPTIONS, "-XX:AOTCache=" + cypfCache),
                cypfArguments.apply(port)), "/observe/health");
        double bareAot = medianStart("bare-aot", port -> concat(List.of("-XX:AOTCache=" + bareCache),
                bareArguments.apply(port)), "/");
        row("start to first 200 on an existing database, JDK AOT cache (own JVM)", String.format("%.2f s (%.2f × without)",
                        cypfAot / 1000, cypfAot / cypf), String.format("bare Helidon, its own AOT cache: %.2f s (%.2f × without)",
                        bareAot / 1000, bareAot / bare), String.format("%.1f ×", cypfAot / bareAot), "≤ 1.5 s",
                cypfAot <= 1500);
    }

    /**
     * One training start (JEP 514's {@code -XX:AOTCacheOutput}): started, asked until it answers 200, stopped as
     * Ctrl+C would; the JVM writes the cache as it exits. Returns how long the whole took, cache written included.
     */
    private static long train(String name, Path cache, java.util.function.IntFunction<List<String>> arguments,
                              String path) throws Exception {
        long t0 = System.nanoTime();
        medianStart(name + "-training", 1, port -> concat(List.of("-XX:AOTCacheOutput=" + cache), arguments.apply(port)),
                path);
        assertTrue(java.nio.file.Files.exists(cache), () -> "the training start wrote no AOT cache; its output: "
                + tail(Path.of("target", "start-" + name + "-training-0.log")));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static double medianStart(String name, java.util.function.IntFunction<List<String>> arguments, String path)
            throws Exception {
        return medianStart(name, STARTS, arguments, path);
    }

    private static double medianStart(String name, int starts, java.util.function.IntFunction<List<String>> arguments,
                                      String path) throws Exception {
        double[] runs = new double[starts];
        for (int i = 0; i < runs.length; i++) {
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", classPath));
            command.addAll(arguments.apply(port));
            // the started JVM's own output is kept, so a start that fails says why (target/start-<name>-<n>.log)
            Path log = Path.of("target", "start-" + name + "-" + i + ".log");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            try {
                int last = -1;
                while (true) {
                    assertTrue(p.isAlive(), () -> "the started JVM stopped; its output: " + tail(log));
                    try {
                        var a = Load.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                        last = a.statusCode();
                        if (a.statusCode() == 200) {
                            break;
                        }
                    } catch (java.io.IOException notYet) {
                        // not listening yet
                    }
                    Thread.sleep(10);
                    int answered = last;
                    assertTrue(System.nanoTime() - t0 < START_TIMEOUT.toNanos(), () -> "no 200 from " + path + " within "
                            + START_TIMEOUT.toSeconds() + " s (last answer " + answered + "); its output: " + tail(log));
                }
                runs[i] = (System.nanoTime() - t0) / 1e6;
                System.out.printf("start of %s %d: %.0f ms%n", name, i + 1, runs[i]);
            } finally {
                p.destroy();
                // a training start writes its AOT cache as it exits, which takes a while on a loaded machine
                if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
                    p.destroyForcibly().waitFor();
                }
            }
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    /** The class path the started JVMs run on: the benchmark's own, or its directories packed as JAR files. */
    private static String classPath = System.getProperty("java.class.path");

    /** {@code path} with each non-empty directory replaced by a JAR of its contents (written under {@code into}). */
    private static String jarred(String path, Path into) throws java.io.IOException {
        java.nio.file.Files.createDirectories(into);
        var jar = java.util.spi.ToolProvider.findFirst("jar").orElseThrow();
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!java.nio.file.Files.isDirectory(p)) {
                entries.add(entry);
                continue;
            }
            try (var listing = java.nio.file.Files.list(p)) {
                if (listing.findAny().isEmpty()) {
                    continue;
                }
            }
            Path packed = into.resolve("classpath-" + n++ + ".jar");
            java.nio.file.Files.deleteIfExists(packed);
            int exit = jar.run(System.out, System.err, "--create", "--file", packed.toString(), "-C", entry, ".");
            assertEquals(0, exit, "jar of " + entry);
            entries.add(packed.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static List<String> concat(List<String> first, List<String> rest) {
        return concat(first, rest.toArray(String[]::new));
    }

    private static List<String> concat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all;
    }

    /** The last lines a started JVM wrote, for the reason a start failed. */
    private static String tail(Path log) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void row(String figure, String cypf, String baseline, String ratio, String goal, boolean met) {
        String line = "| " + figure + " | " + cypf + " | " + baseline + " | " + ratio + " | " + goal + " | "
                + (met ? "met" : "not met") + " |";
        System.out.println(line);
        rows.add(line);
    }

    interface Work {
        void run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] runs = new double[15];
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            work.run();
            runs[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    private static Config config(boolean demo) {
        Map<String, String> settings = new HashMap<>();
        settings.put("server.port", "0");
        settings.put("server.host", "localhost");
        settings.put("security.development-issuer.enabled", "true");
        settings.put("governance.audit.seal-interval-seconds", "0");
        settings.put("demo.enabled", String.valueOf(demo));
        settings.put("demo.children", String.valueOf(CHILDREN));
        settings.put("demo.strategies-directory", Path.of("../docs/strategies").toString());
        // The development issuer's users: the shipped ones, and the generated social workers the reads part may
        // measure (council social workers, as the generator makes them), as a YAML list over the shipped file's (a
        // list is not merged with keys of a map). The shipped users are copied first, in their order, so the list
        // holds them all whether the higher source's list replaces the shipped one or is merged with it by index.
        StringBuilder users = new StringBuilder("security:\n  development-issuer:\n    users:\n");
        for (Config user : RunningApplication.config(Map.of()).get("security.development-issuer.users").asNodeList()
                .orElse(List.of())) {
            users.append(String.format("      - { id: \"%s\", organisation: \"%s\", roles: [%s] }%n",
                    user.get("id").asString().get(), user.get("organisation").asString().get(),
                    String.join(", ", user.get("roles").asList(String.class).orElse(List.of()).stream()
                            .map(r -> "\"" + r + "\"").toList())));
        }
        for (String worker : CASELOAD_WORKERS) {
            users.append(String.format("      - { id: \"%s\", organisation: \"council\", roles: [\"social-worker\"] }%n",
                    worker));
        }
        return Config.builder()
                .sources(ConfigSources.create(settings),
                        ConfigSources.create(users.toString(), MediaTypes.APPLICATION_YAML),
                        ConfigSources.classpath("application.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();
    }

    private static String token(String base, String user) throws Exception {
        var answer = Load.HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dev-issuer/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user\":\"" + user + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        return answer.body().replaceAll(".*\"access_token\":\"([^\"]*)\".*", "$1");
    }

    /** The heap's peak, sampled every 50 ms while the benchmarks run. */
    private static final class HeapWatch {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong used = new AtomicLong();
        private final AtomicLong committed = new AtomicLong();
        private Thread thread;

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            w.thread = Thread.ofPlatform().daemon().start(() -> {
                var bean = ManagementFactory.getMemoryMXBean();
                while (w.running.get()) {
                    var u = bean.getHeapMemoryUsage();
                    w.used.accumulateAndGet(u.getUsed(), Math::max);
                    w.committed.accumulateAndGet(u.getCommitted(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return w;
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        long peakUsed() {
            return used.get();
        }

        long peakCommitted() {
            return committed.get();
        }
    }
}
