package org.cypf.governance.strategy.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.cypf.governance.api.strategy.ObservationSubmission;
import org.cypf.governance.api.strategy.ObservationView;
import org.cypf.governance.api.strategy.StoredStrategy;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every store of strategies must do (ADR 0078, ADR 0093, ADR 0097): CYPF's jOOQ adapter passes it on
 * PostgreSQL; an integrator's store runs it too.
 *
 * <p>The promises: definitions inserted are read back whole at version 0, and an id that names none finds nothing; a
 * second insert of an id is refused with {@link Conflict}, keeping the first; a change is stored only from the version
 * it was made from, giving the next, one from a stale version refused with {@link StaleVersion} and storing nothing,
 * and of two at once one is stored and the other refused; the definitions' stamp changes with every change and the
 * document is read only when the caller's stamp is not the stored one; observations are stored with their defaults
 * (final, approved by their submitter when no state is given), one for the same measure, part and date replacing the
 * stored one; they are read by measure, then oldest first, the whole value before its parts, a measure's a page at a
 * time and counted; a draft is approved once (its submitter known until then); the scorecard's reading gives the
 * newest few approved values on or before a date of each measure and part, with the stamp, and the stamp alone when
 * there are none; changes are logged newest first; what a unit of work stored is gone when it rolls back. Each test
 * works on strategies of its own.
 */
public abstract class StrategyStoreContract {
    private static final LocalDate Q1 = LocalDate.of(2025, 3, 31);
    private static final LocalDate Q2 = LocalDate.of(2025, 6, 30);
    private static final LocalDate Q3 = LocalDate.of(2025, 9, 30);

    protected abstract StrategyStore store();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static StrategyDocument document(String id, String vision) {
        return new StrategyDocument(id, "Children first " + id, new StrategyDocument.Partnership("Anytown", "Anyshire"),
                new StrategyDocument.Period(LocalDate.of(2025, 4, 1), LocalDate.of(2030, 3, 31)), vision,
                List.of("keep children safe at home"), null, null, null, null,
                List.of(new StrategyDocument.Outcome("safe", "Safe", "Children are safe", null)), null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private String inserted() {
        String id = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        inUnitOfWork(() -> store().insert(document(id, "the first vision")));
        return id;
    }

    private static ObservationSubmission value(String measure, String breakdown, LocalDate asAt, int value,
                                               String state) {
        return new ObservationSubmission(measure, new StrategyDocument.Observation(asAt, asAt.minusMonths(3).plusDays(1),
                "Q to " + asAt, breakdown, BigDecimal.valueOf(value), null, null, null, "returns", null, state));
    }

    private void submit(String strategy, String user, ObservationSubmission... rows) {
        inUnitOfWork(() -> store().upsertObservations(strategy, List.of(rows), user, "council"));
    }

    private static List<String> keys(List<ObservationView> views) {
        return views.stream().map(v -> v.measureId() + "/" + (v.breakdown() == null ? "" : v.breakdown()) + "/"
                + v.asAt() + "=" + v.value().stripTrailingZeros().toPlainString() + "/" + v.state()).toList();
    }

    @Test
    public void definitions_inserted_are_read_back_whole_at_version_0_and_an_unknown_id_finds_nothing() {
        String id = inserted();
        assertEquals(Optional.of(new StoredStrategy(document(id, "the first vision"), 0)),
                inUnitOfWork(() -> store().find(id)));
        assertEquals(Optional.empty(), inUnitOfWork(() -> store().find("contract-none")));
        List<String> all = inUnitOfWork(() -> store().all()).stream().map(s -> s.document().id()).toList();
        assertEquals(all.stream().sorted().toList(), all, "by id");
        assertEquals(1, all.stream().filter(id::equals).count());
    }

    @Test
    public void a_second_insert_of_an_id_is_refused_keeping_the_first() {
        String id = inserted();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> store().insert(document(id, "a second vision"))));
        assertEquals("the first vision", inUnitOfWork(() -> store().find(id)).orElseThrow().document().vision());
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        String id = inserted();
        assertEquals(1L, (long) inUnitOfWork(() -> store().update(document(id, "the second vision"), 0)));
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> store().update(document(id, "a stale vision"), 0)));
        assertEquals(new StoredStrategy(document(id, "the second vision"), 1), inUnitOfWork(() -> store().find(id))
                .orElseThrow());
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> store().update(document("contract-none", "x"), 0)));
    }

    @Test
    public void the_document_is_read_only_when_the_callers_stamp_is_not_the_stored_one() {
        String id = inserted();
        var first = inUnitOfWork(() -> store().definitionsUnless(id, null)).orElseThrow();
        assertEquals(document(id, "the first vision"), first.document());
        assertEquals(0L, first.stamp().version());
        var unchanged = inUnitOfWork(() -> store().definitionsUnless(id, first.stamp())).orElseThrow();
        assertEquals(first.stamp(), unchanged.stamp());
        assertNull(unchanged.document());

        inUnitOfWork(() -> store().update(document(id, "the second vision"), 0));
        var changed = inUnitOfWork(() -> store().definitionsUnless(id, first.stamp())).orElseThrow();
        assertNotEquals(first.stamp(), changed.stamp());
        assertEquals(1L, changed.stamp().version());
        assertEquals("the second vision", changed.document().vision());
        assertEquals(Optional.empty(), inUnitOfWork(() -> store().definitionsUnless("contract-none", null)));
    }

    @Test
    public void observations_are_stored_with_their_defaults_and_one_for_the_same_key_replaces_the_stored_one() {
        String id = inserted();
        submit(id, "analyst.one", value("cla-rate", null, Q1, 70, null), value("cla-rate", "female", Q1, 30, "DRAFT"));
        submit(id, "analyst.two", value("cla-rate", null, Q1, 72, null));
        List<ObservationView> read = inUnitOfWork(() -> store().observations(id));
        assertEquals(List.of("cla-rate//2025-03-31=72/APPROVED", "cla-rate/female/2025-03-31=30/DRAFT"), keys(read));
        ObservationView whole = read.get(0);
        assertEquals(List.of("FINAL", "analyst.two", "analyst.two", "Q to 2025-03-31", LocalDate.of(2025, 1, 1),
                        "returns"),
                java.util.Arrays.asList(whole.status(), whole.submittedBy(), whole.approvedBy(), whole.periodLabel(),
                        whole.periodStart(), whole.source()));
        assertNotNull(whole.submittedAt());
        assertNull(read.get(1).approvedBy());
    }

    @Test
    public void observations_are_read_by_measure_then_oldest_first_the_whole_before_its_parts_and_paged() {
        String id = inserted();
        submit(id, "analyst.one", value("send-rate", null, Q1, 5, null), value("cla-rate", "male", Q2, 41, null),
                value("cla-rate", null, Q2, 80, null), value("cla-rate", "female", Q2, 39, null),
                value("cla-rate", null, Q1, 75, null));
        assertEquals(List.of("cla-rate//2025-03-31=75/APPROVED", "cla-rate//2025-06-30=80/APPROVED",
                        "cla-rate/female/2025-06-30=39/APPROVED", "cla-rate/male/2025-06-30=41/APPROVED",
                        "send-rate//2025-03-31=5/APPROVED"),
                keys(inUnitOfWork(() -> store().observations(id))));
        assertEquals(List.of("cla-rate//2025-06-30=80/APPROVED", "cla-rate/female/2025-06-30=39/APPROVED"),
                keys(inUnitOfWork(() -> store().observations(id, "cla-rate", 1, 2))));
        assertEquals(List.of(4L, 1L, 0L), List.of(inUnitOfWork(() -> store().countObservations(id, "cla-rate")),
                inUnitOfWork(() -> store().countObservations(id, "send-rate")),
                inUnitOfWork(() -> store().countObservations(id, "none"))));
    }

    @Test
    public void a_draft_is_approved_once_and_its_submitter_is_known_until_then() {
        String id = inserted();
        submit(id, "analyst.one", value("cla-rate", "female", Q1, 30, "SUBMITTED"), value("cla-rate", null, Q1, 70, "DRAFT"));
        assertEquals(Optional.of("analyst.one"), inUnitOfWork(() -> store().submitter(id, "cla-rate", "female", Q1)));
        assertEquals(1, (int) inUnitOfWork(() -> store().approve(id, "cla-rate", "female", Q1, "manager.two")));
        assertEquals(0, (int) inUnitOfWork(() -> store().approve(id, "cla-rate", "female", Q1, "manager.two")));
        assertEquals(Optional.empty(), inUnitOfWork(() -> store().submitter(id, "cla-rate", "female", Q1)));
        assertEquals(Optional.of("analyst.one"), inUnitOfWork(() -> store().submitter(id, "cla-rate", null, Q1)));
        ObservationView approved = inUnitOfWork(() -> store().observations(id)).stream()
                .filter(v -> "female".equals(v.breakdown())).findFirst().orElseThrow();
        assertEquals(List.of("APPROVED", "manager.two"), List.of(approved.state(), approved.approvedBy()));
    }

    @Test
    public void the_scorecard_reads_the_newest_approved_values_of_each_series_with_the_stamp() {
        String id = inserted();
        var stamp = inUnitOfWork(() -> store().definitionsUnless(id, null)).orElseThrow().stamp();
        var none = inUnitOfWork(() -> store().latestApprovedWithStamp(id, Q3, 2)).orElseThrow();
        assertEquals(List.of(stamp, List.of()), List.of(none.stamp(), none.observations()));

        submit(id, "analyst.one", value("cla-rate", null, Q1, 70, null), value("cla-rate", null, Q2, 71, null),
                value("cla-rate", null, Q3, 72, null), value("cla-rate", null, LocalDate.of(2025, 12, 31), 73, null),
                value("cla-rate", "female", Q1, 30, null), value("cla-rate", "female", Q3, 31, "DRAFT"),
                value("send-rate", null, Q2, 5, null));
        var latest = inUnitOfWork(() -> store().latestApprovedWithStamp(id, Q3, 2)).orElseThrow();
        assertEquals(stamp, latest.stamp());
        assertEquals(List.of("cla-rate/female/2025-03-31=30/APPROVED", "cla-rate//2025-06-30=71/APPROVED",
                "cla-rate//2025-09-30=72/APPROVED", "send-rate//2025-06-30=5/APPROVED"), keys(latest.observations()));
        assertEquals(Optional.empty(), inUnitOfWork(() -> store().latestApprovedWithStamp("contract-none", Q3, 2)));
    }

    @Test
    public void changes_are_logged_newest_first() {
        String id = inserted();
        inUnitOfWork(() -> store().recordChange(id, 0, "loaded", "admin.one", "council"));
        inUnitOfWork(() -> store().recordChange(id, 1, "replaced the vision", "admin.two", "nhs"));
        assertEquals(List.of("1 replaced the vision admin.two nhs", "0 loaded admin.one council"),
                inUnitOfWork(() -> store().changes(id)).stream()
                        .map(c -> c.version() + " " + c.change() + " " + c.userId() + " " + c.organisation()).toList());
        assertEquals(List.of(), inUnitOfWork(() -> store().changes("contract-none")));
    }

    @Test
    public void what_a_unit_of_work_stored_is_gone_when_it_rolls_back() {
        String id = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            store().insert(document(id, "a vision"));
            store().upsertObservations(id, List.of(value("cla-rate", null, Q1, 70, null)), "analyst.one", "council");
            store().recordChange(id, 0, "loaded", "admin.one", "council");
            throw new IllegalStateException("the use case failed after storing");
        }));
        assertEquals(Optional.empty(), inUnitOfWork(() -> store().find(id)));
        inUnitOfWork(() -> store().insert(document(id, "a vision"))); // nothing left to refuse it
        assertEquals(List.of(), inUnitOfWork(() -> store().observations(id)));
        assertEquals(List.of(), inUnitOfWork(() -> store().changes(id)));
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        String id = inserted();
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (String vision : List.of("one vision", "another vision")) {
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> store().update(document(id, vision), 0));
                    return true;
                } catch (StaleVersion e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> stored = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(changes)) {
                stored.add(f.get());
            }
            assertEquals(1, stored.stream().filter(b -> b).count(), "one stored, one refused: " + stored);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, inUnitOfWork(() -> store().find(id)).orElseThrow().version());
    }
}
