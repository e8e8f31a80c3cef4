package org.cypf.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.cypf.testing.TestDatabase;
import org.postgresql.PGConnection;

/**
 * The SSDA903 files of a national-size return for {@link ApplicationBench}'s {@code ssda903} part, and its bare
 * baselines: the same shapes as social care's {@code Ssda903ImportBenchmark} (a header row, three episodes: a start,
 * a change of placement, a change of legal status; two reviews: six rows a child), dated inside one collection year,
 * and {@code COPY} of the same rows into text tables, and out of the same children and episodes, of the same database.
 */
final class NationalReturn {
    /** Children an import part holds at most: 180,000 rows, under the reader's 200,000 (as social care's benchmark). */
    static final int PART = 30_000;
    /** Rows a child: a header, three episodes, two reviews. */
    static final int ROWS_A_CHILD = 6;
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\r\n";
    private static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\r\n";
    private static final DateTimeFormatter DFE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The files of one import part: name and CSV text. */
    record File(String name, String content) {}

    private NationalReturn() {}

    /**
     * The collection year the return is for, as the {@code export} part computes it (the one that started last 1
     * April), unless its episodes (1 May to 1 September) would not all have begun by {@code today}: then the year
     * before, which the application accepts as well.
     */
    static int year(LocalDate today) {
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        return LocalDate.of(year, 9, 1).isAfter(today) ? year - 1 : year;
    }

    /** The return of children {@code prefix}{@code from} to {@code prefix}{@code to - 1}, in {@code year}. */
    static List<File> files(String prefix, int from, int to, int year) {
        String start = LocalDate.of(year, 5, 1).format(DFE);
        String moved = LocalDate.of(year, 7, 1).format(DFE);
        String legal = LocalDate.of(year, 9, 1).format(DFE);
        String firstReview = LocalDate.of(year, 5, 20).format(DFE);
        String secondReview = LocalDate.of(year, 8, 1).format(DFE);
        StringBuilder header = new StringBuilder(HEADER);
        StringBuilder episodes = new StringBuilder(EPISODES);
        StringBuilder reviews = new StringBuilder(REVIEWS);
        for (int i = from; i < to; i++) {
            String child = prefix + String.format("%06d", i);
            header.append(child).append(",1,01/02/2012,WBRI,,,\r\n");
            episodes.append(child).append(',').append(start).append(",S,C2,N1,U6,PR1,").append(moved)
                    .append(",X1,CARPL,ST5 2AB,ST4 1HH,\r\n")
                    .append(child).append(',').append(moved).append(",P,C2,N1,U4,PR4,").append(legal)
                    .append(",X1,,ST5 2AB,ST6 3AA,\r\n")
                    .append(child).append(',').append(legal).append(",L,E1,N1,U4,PR4,,,,ST5 2AB,ST6 3AA,\r\n");
            reviews.append(child).append(",01/02/2012,").append(firstReview).append(",PN1\r\n")
                    .append(child).append(",01/02/2012,").append(secondReview).append(",PN1\r\n");
        }
        return List.of(new File("header.csv", header.toString()), new File("episodes.csv", episodes.toString()),
                new File("reviews.csv", reviews.toString()));
    }

    /** The files in a ZIP, as an authority's upload sends them ({@code application/zip}). */
    static byte[] zip(List<File> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (File f : files) {
                zip.putNextEntry(new ZipEntry(f.name()));
                zip.write(f.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The distinct CHILD of an exported ZIP's {@code episodes.csv}: the children looked after it returns. */
    static int childrenLookedAfter(byte[] zip) {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("episodes.csv")) {
                    String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
                    Set<String> children = new HashSet<>();
                    for (int i = 1; i < lines.length; i++) {
                        if (!lines[i].isBlank()) {
                            children.add(lines[i].substring(0, lines[i].indexOf(',')));
                        }
                    }
                    return children.size();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the export holds no episodes.csv");
    }

    /**
     * Nanoseconds to COPY every part's files into text tables of the database, each part in one transaction into
     * temporary tables of its own (as each import is its own): the floor of any import of the same rows.
     */
    static long copyIn(TestDatabase.Target database, List<List<File>> parts) throws Exception {
        long nanos = 0;
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            var copier = c.unwrap(PGConnection.class).getCopyAPI();
            c.setAutoCommit(false);
            for (List<File> part : parts) {
                try (var s = c.createStatement()) {
                    s.execute("drop table if exists bench_header, bench_episodes, bench_reviews");
                    s.execute("create temporary table bench_header (c1 text, c2 text, c3 text, c4 text, c5 text, "
                            + "c6 text, c7 text)");
                    s.execute("create temporary table bench_episodes (c1 text, c2 text, c3 text, c4 text, c5 text, "
                            + "c6 text, c7 text, c8 text, c9 text, c10 text, c11 text, c12 text, c13 text)");
                    s.execute("create temporary table bench_reviews (c1 text, c2 text, c3 text, c4 text)");
                }
                c.commit();
                long t0 = System.nanoTime();
                for (File f : part) {
                    copier.copyIn("copy bench_" + f.name().replace(".csv", "") + " from stdin with (format csv, "
                            + "header true)", new StringReader(f.content()));
                }
                c.commit();
                nanos += System.nanoTime() - t0;
            }
        }
        return nanos;
    }

    /**
     * Nanoseconds to COPY out the children and their episodes open on a day of {@code year} (what the export's
     * header and episodes files are read from), joined and ordered as the files are: the floor of any export.
     */
    static long copyOut(TestDatabase.Target database, int year) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            long t0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                    copy (select c.la_child_id, c.sex, c.date_of_birth, c.ethnicity, c.upn, e.start_date,
                                 e.reason_new_episode, e.legal_status, e.category_of_need, e.placement_type,
                                 e.placement_provider, e.end_date, e.reason_ceased, e.reason_place_change,
                                 e.home_postcode, e.placement_postcode, e.placement_urn
                            from social_care.child c join social_care.period_of_care p on p.child_id = c.child_id
                            join social_care.episode e on e.period_id = p.period_id
                           where e.start_date <= date '%d-03-31' and (e.end_date is null or e.end_date >= date '%d-04-01')
                           order by c.la_child_id, e.start_date) to stdout with (format csv)"""
                    .formatted(year + 1, year), OutputStream.nullOutputStream());
            return System.nanoTime() - t0;
        }
    }
}
