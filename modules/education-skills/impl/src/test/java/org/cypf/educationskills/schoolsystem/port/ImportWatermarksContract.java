package org.cypf.educationskills.schoolsystem.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.educationskills.schoolsystem.domain.Watermark;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link ImportWatermarks} must do (ADR 0103, ADR 0106), as a suite an adapter's test extends:
 * CYPF's jOOQ adapter passes it on PostgreSQL, the in-memory adapter passes it, and an integrator who keeps
 * watermarks elsewhere runs the same suite (education's test-jar).
 *
 * <p>The contract: a feed never read has no mark; a mark advanced is read back exactly (to the microsecond, with its
 * row id); advancing again replaces it; each (system, feed) keeps its own mark; marks of different systems advanced
 * at the same time from several threads are all kept; a mark advanced in a unit of work that then fails is not kept
 * (a failed import reads the same rows again next time), while the unit of work still reads its own advance. The
 * feeds are {@code attendance} and {@code suspensions}. The port runs inside the caller's unit of work, so the suite
 * calls it through {@link #inUnitOfWork}, which must commit when the work returns and roll back when it throws.
 */
public abstract class ImportWatermarksContract {

    protected abstract ImportWatermarks watermarks();

    /** Runs {@code work} in a unit of work of the adapter's store (for a database, a transaction that commits). */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private static final Instant AT = Instant.parse("2025-01-06T08:00:00.000123Z");

    private Optional<Watermark> of(String system, String feed) {
        return inUnitOfWork(() -> watermarks().of(system, feed));
    }

    private void advance(String system, String feed, Watermark to, int rows) {
        inUnitOfWork(() -> {
            watermarks().advance(system, feed, to, rows);
            return null;
        });
    }

    @Test
    public void a_feed_never_read_has_no_mark() {
        assertEquals(Optional.empty(), of("contract-mis-0", "attendance"));
    }

    @Test
    public void a_mark_advanced_is_read_back_to_the_microsecond_with_its_row_id() {
        advance("contract-mis-1", "attendance", new Watermark(AT, 42), 42);
        assertEquals(Optional.of(new Watermark(AT, 42)), of("contract-mis-1", "attendance"));
    }

    @Test
    public void advancing_again_replaces_the_mark() {
        advance("contract-mis-2", "suspensions", new Watermark(AT, 7), 7);
        Watermark later = new Watermark(AT.plusSeconds(3600), 3);
        advance("contract-mis-2", "suspensions", later, 2);
        assertEquals(Optional.of(later), of("contract-mis-2", "suspensions"));
    }

    @Test
    public void each_system_and_feed_keeps_its_own_mark() {
        advance("contract-mis-3", "attendance", new Watermark(AT, 1), 1);
        advance("contract-mis-3", "suspensions", new Watermark(AT, 2), 1);
        advance("contract-mis-4", "attendance", new Watermark(AT, 3), 1);

        assertEquals(Optional.of(new Watermark(AT, 1)), of("contract-mis-3", "attendance"));
        assertEquals(Optional.of(new Watermark(AT, 2)), of("contract-mis-3", "suspensions"));
        assertEquals(Optional.of(new Watermark(AT, 3)), of("contract-mis-4", "attendance"));
        assertEquals(Optional.empty(), of("contract-mis-4", "suspensions"));
    }

    @Test
    public void marks_of_different_systems_advanced_at_once_from_several_threads_are_all_kept() throws Exception {
        int systems = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int n = 0; n < systems; n++) {
                int system = n;
                futures.add(pool.submit(() -> advance("contract-mis-5-" + system, "attendance",
                        new Watermark(AT, system + 1), 1)));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int n = 0; n < systems; n++) {
            assertEquals(Optional.of(new Watermark(AT, n + 1)), of("contract-mis-5-" + n, "attendance"));
        }
    }

    /** The batch failed after its rows were imported and its mark advanced. */
    private static final class ImportFailed extends RuntimeException {
        ImportFailed() {
            super("the batch failed after advancing its mark");
        }
    }

    @Test
    public void a_failed_import_does_not_advance_the_mark() {
        Watermark before = new Watermark(AT, 10);
        advance("contract-mis-6", "attendance", before, 10);

        Watermark failed = new Watermark(AT.plusSeconds(60), 20);
        assertThrows(ImportFailed.class, () -> inUnitOfWork(() -> {
            watermarks().advance("contract-mis-6", "attendance", failed, 10);
            assertEquals(Optional.of(failed), watermarks().of("contract-mis-6", "attendance"),
                    "the unit of work reads its own advance");
            throw new ImportFailed();
        }));

        assertEquals(Optional.of(before), of("contract-mis-6", "attendance"), "the failed batch's mark was not kept");
        assertEquals(Optional.empty(), of("contract-mis-6", "suspensions"));
    }

    @Test
    public void a_first_mark_advanced_by_a_failed_import_leaves_the_feed_unread() {
        assertThrows(ImportFailed.class, () -> inUnitOfWork(() -> {
            watermarks().advance("contract-mis-7", "suspensions", new Watermark(AT, 1), 1);
            throw new ImportFailed();
        }));
        assertEquals(Optional.empty(), of("contract-mis-7", "suspensions"));
    }
}
