package org.cypf.socialcare.returns.application;

import static org.cypf.socialcare.SocialCareFixture.SOCIAL_WORKER;

import java.io.StringReader;
import java.util.List;
import org.cypf.socialcare.SocialCareFixture;
import org.cypf.socialcare.api.returns.CsvFile;
import org.cypf.socialcare.api.returns.Ssda903ImportResult;
import org.postgresql.PGConnection;

/**
 * How fast an SSDA903 import checks and stores a national-size return, against a raw {@code COPY} of the same rows
 * into the same database in the same run (issue 13: the goals are 50 000 rows/s checked and 20 000 rows/s stored).
 * Not a test: a benchmark run on its own, outside the test command, on an embedded PostgreSQL, through
 * {@link Ssda903ImportBench} (its figures are in {@code target/surefire-reports/*Ssda903ImportBench-output.txt}):
 * <pre>
 * ./mvnw -q -o -pl modules/social-care/impl -am test -Dtest=Ssda903ImportBench \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dcypf.bench.ssda903.children=20000]
 * </pre>
 * The argument is the number of children (default 5000); each has a header row, three episodes (a start, a change of
 * placement, a change of legal status) and two reviews: six rows a child. It prints rows/s for the dry run (every
 * check, nothing stored), for the import (every check and every write) and for {@code COPY} of the same files into
 * text tables, and the ratio of each to {@code COPY}; then the export of the year beside a {@code COPY} out of the
 * same rows, each the median of {@code cypf.bench.ssda903.repeats} timings (default 3).
 */
public final class Ssda903ImportBenchmark {
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\r\n";
    private static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\r\n";

    /** Children an import part holds at most: 180,000 rows, under the reader's 200,000. */
    private static final int PART = 30_000;
    /** How many times the export and each baseline are timed (the median is printed). */
    private static final int REPEATS = Integer.getInteger("cypf.bench.ssda903.repeats", 3);

    private Ssda903ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        // An import holds at most 200,000 rows (Ssda903CsvReader.MAX_ROWS): a larger authority sends its return in
        // parts of at most PART children, each checked and imported in turn, and timed together.
        List<List<CsvFile>> parts = new java.util.ArrayList<>();
        for (int from = 0; from < children; from += PART) {
            parts.add(files("B", from, Math.min(children, from + PART)));
        }
        long rows = children * 6L;
        try (SocialCareFixture db = SocialCareFixture.start("ssda903 benchmark", Math.max(20_000, children * 4L))) {
            // Warm-up: the same checks on other children (nothing stored), so the figures are of compiled code, not
            // of class loading and the JIT's first minutes.
            List<CsvFile> warmUp = files("W", 0, Math.min(children, 2_000));
            for (int i = 0; i < 3; i++) {
                db.context.ssda903Returns().checkReturn(SOCIAL_WORKER, 2024, warmUp);
            }
            db.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, files("V", 0, Math.min(children, 1_000)));
            long checkNanos = 0;
            for (List<CsvFile> part : parts) {
                long t0 = System.nanoTime();
                Ssda903ImportResult checked = db.context.ssda903Returns().checkReturn(SOCIAL_WORKER, 2024, part);
                checkNanos += System.nanoTime() - t0;
                if (checked.hasErrors()) {
                    throw new IllegalStateException("the benchmark's files should all pass: " + checked.issues());
                }
            }
            long importNanos = 0;
            int storedChildren = 0;
            for (List<CsvFile> part : parts) {
                long t0 = System.nanoTime();
                Ssda903ImportResult stored = db.context.ssda903Returns().importReturn(SOCIAL_WORKER, 2024, part);
                importNanos += System.nanoTime() - t0;
                if (stored.hasErrors()) {
                    throw new IllegalStateException("the benchmark's files should all be stored: " + stored.issues());
                }
                storedChildren += stored.childrenStored();
            }
            if (storedChildren != children) {
                throw new IllegalStateException("stored " + storedChildren + " children of " + children);
            }
            // On a shared machine one timing moves by a third from run to run: the baselines and the export are each
            // taken REPEATS times, back to back, and the median kept.
            long[] copies = new long[REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                for (List<CsvFile> part : parts) {
                    copies[r] += copy(db, part);
                }
            }
            long copyNanos = median(copies);
            var exported = db.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024);
            long[] exports = new long[REPEATS];
            long[] copiesOut = new long[REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                long t0 = System.nanoTime();
                exported = db.context.ssda903Returns().exportReturn(SOCIAL_WORKER, 2024);
                exports[r] = System.nanoTime() - t0;
                copiesOut[r] = copyOut(db);
            }
            long exportNanos = median(exports);
            long copyOutNanos = median(copiesOut);
            double copyRate = rate(rows, copyNanos);
            System.out.printf("SSDA903 import benchmark: %d children, %d rows%n", children, rows);
            System.out.printf("  check (dry run):  %,10.0f rows/s  (%.3f of COPY)%n", rate(rows, checkNanos),
                    rate(rows, checkNanos) / copyRate);
            System.out.printf("  import (stored):  %,10.0f rows/s  (%.3f of COPY)%n", rate(rows, importNanos),
                    rate(rows, importNanos) / copyRate);
            System.out.printf("  raw COPY:         %,10.0f rows/s%n", copyRate);
            System.out.printf("  export of the year (%d files, median of %d): %,.0f ms; COPY out of the same children "
                    + "and episodes: %,.0f ms (%.1f x)%n", exported.files().size(), REPEATS, exportNanos / 1e6,
                    copyOutNanos / 1e6, (double) exportNanos / copyOutNanos);
        }
    }

    /** A return of the children named {@code prefix}{@code from} to {@code prefix}{@code to - 1}: six rows a child. */
    private static List<CsvFile> files(String prefix, int from, int to) {
        StringBuilder header = new StringBuilder(HEADER);
        StringBuilder episodes = new StringBuilder(EPISODES);
        StringBuilder reviews = new StringBuilder(REVIEWS);
        for (int i = from; i < to; i++) {
            String child = prefix + i;
            header.append(child).append(",1,01/02/2012,WBRI,,,\r\n");
            episodes.append(child).append(",01/05/2024,S,C2,N1,U6,PR1,01/07/2024,X1,CARPL,ST5 2AB,ST4 1HH,\r\n")
                    .append(child).append(",01/07/2024,P,C2,N1,U4,PR4,01/09/2024,X1,,ST5 2AB,ST6 3AA,\r\n")
                    .append(child).append(",01/09/2024,L,E1,N1,U4,PR4,,,,ST5 2AB,ST6 3AA,\r\n");
            reviews.append(child).append(",01/02/2012,20/05/2024,PN1\r\n")
                    .append(child).append(",01/02/2012,01/08/2024,PN1\r\n");
        }
        return List.of(new CsvFile("header.csv", header.toString()), new CsvFile("episodes.csv", episodes.toString()),
                new CsvFile("reviews.csv", reviews.toString()));
    }

    /** COPY of the same files into text tables of the same database, in one transaction: the floor of any import. */
    private static long copy(SocialCareFixture db, List<CsvFile> files) {
        return db.admin.connectionResult(connection -> {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("drop table if exists bench_header, bench_episodes, bench_reviews");
                statement.execute("create temporary table bench_header (c1 text, c2 text, c3 text, c4 text, c5 text, "
                        + "c6 text, c7 text)");
                statement.execute("create temporary table bench_episodes (c1 text, c2 text, c3 text, c4 text, c5 text, "
                        + "c6 text, c7 text, c8 text, c9 text, c10 text, c11 text, c12 text, c13 text)");
                statement.execute("create temporary table bench_reviews (c1 text, c2 text, c3 text, c4 text)");
            }
            var copier = connection.unwrap(PGConnection.class).getCopyAPI();
            // Each part into tables of its own (temporary: gone with the session's end), as each import is its own.
            long t0 = System.nanoTime();
            for (CsvFile f : files) {
                String table = "bench_" + f.name().replace(".csv", "");
                copier.copyIn("copy " + table + " from stdin with (format csv, header true)", new StringReader(f.content()));
            }
            connection.commit();
            long nanos = System.nanoTime() - t0;
            connection.setAutoCommit(true);
            return nanos;
        });
    }

    /** COPY out of the children and their episodes joined: the floor of any export of the same rows. */
    private static long copyOut(SocialCareFixture db) {
        return db.admin.connectionResult(connection -> {
            long t0 = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    copy (select c.la_child_id, c.sex, c.date_of_birth, c.ethnicity, c.upn, e.start_date,
                                 e.reason_new_episode, e.legal_status, e.category_of_need, e.placement_type,
                                 e.placement_provider, e.end_date, e.reason_ceased, e.reason_place_change,
                                 e.home_postcode, e.placement_postcode, e.placement_urn
                            from social_care.child c join social_care.period_of_care p on p.child_id = c.child_id
                            join social_care.episode e on e.period_id = p.period_id
                           order by c.la_child_id, e.start_date) to stdout with (format csv)""",
                    java.io.OutputStream.nullOutputStream());
            return System.nanoTime() - t0;
        });
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double rate(long rows, long nanos) {
        return rows / (nanos / 1e9);
    }
}
