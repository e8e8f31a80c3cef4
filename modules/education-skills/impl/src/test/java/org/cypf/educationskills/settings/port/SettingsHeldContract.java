package org.cypf.educationskills.settings.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.settings.domain.RegisterEntry;
import org.cypf.educationskills.settings.domain.Setting;
import org.cypf.educationskills.shared.domain.Ukprn;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every store of settings must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes it on
 * PostgreSQL, the in-memory adapter passes it, and an integrator's store of the same settings runs it too.
 *
 * <p>The promises: a setting added is found whole by its URN (its UKPRN, locality and latest inspection too), and a finding returns only the URNs asked for that are
 * held, none for an empty question; a second setting of a URN held is refused with {@link Conflict} and the first
 * kept; a change is stored only from the version it was made from, one from a stale version (or of a URN none holds)
 * refused with {@link StaleVersion} and storing nothing; the settings are paged in URN order, every one once, with
 * their count; what a unit of work added is gone when it rolls back; two changes made at once from one version store
 * one and refuse the other. Each test works on URNs of its own, so tests sharing a store never meet; the paging test
 * counts what it added rather than what is held.
 */
public abstract class SettingsHeldContract {
    /** URNs from a block no fixture's school uses, a fresh one each time. */
    private static final AtomicInteger URNS = new AtomicInteger(940_000);

    protected abstract SettingsHeld settings();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static RegisterEntry entry(Urn urn, String name, String trust) {
        return new RegisterEntry(urn, name, "Academy converter", "Secondary", trust, "LS1 4AP");
    }

    /** An entry with every field GIAS may give: UKPRN, locality and the latest inspection. */
    private static RegisterEntry entry(Urn urn, String name, String outcome, LocalDate inspectedOn) {
        return new RegisterEntry(urn, new Ukprn(10_034_567), name, "Academy converter", "Secondary", "White Rose Trust",
                "LS1 4AP", "Armley", outcome, inspectedOn);
    }

    private Setting added(String name) {
        Setting setting = Setting.registered(entry(new Urn(URNS.incrementAndGet()), name, null)).after();
        inUnitOfWork(() -> settings().add(setting));
        return setting;
    }

    private Map<Urn, Setting> find(Urn... urns) {
        return inUnitOfWork(() -> settings().find(List.of(urns)));
    }

    /** What a setting holds, for comparing (a setting compares by identity). */
    private static List<Object> held(Setting s) {
        return List.of(s.entry(), s.version());
    }

    @Test
    public void a_setting_added_is_found_whole_by_its_urn_and_only_the_urns_asked_for_that_are_held() {
        Setting school = Setting.registered(entry(new Urn(URNS.incrementAndGet()), "Leeds West Academy", "Good",
                LocalDate.of(2023, 5, 17))).after();
        inUnitOfWork(() -> settings().add(school));
        Urn unknown = new Urn(URNS.incrementAndGet());
        Map<Urn, Setting> found = find(school.urn(), unknown);
        assertEquals(List.of(school.urn()), List.copyOf(found.keySet()));
        assertEquals(held(school), held(found.get(school.urn())));
        assertEquals(Map.of(), find(), "an empty question has an empty answer");
    }

    @Test
    public void a_second_setting_of_a_urn_held_is_refused_and_the_first_kept() {
        Setting first = added("Leeds West Academy");
        Setting again = Setting.registered(entry(first.urn(), "Another name", null)).after();
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> settings().add(again)));
        assertEquals(held(first), held(find(first.urn()).get(first.urn())));
    }

    @Test
    public void a_change_is_stored_from_its_version_and_one_from_a_stale_version_is_refused_storing_nothing() {
        Setting setting = added("Leeds West Academy");
        Setting renamed = setting.reregistered(entry(setting.urn(), "Leeds West Academy (renamed)", "Trust A"))
                .orElseThrow().after();
        inUnitOfWork(() -> settings().update(renamed, setting.version()));
        assertEquals(List.of(renamed.entry(), setting.version() + 1), held(find(setting.urn()).get(setting.urn())));
        Setting inspected = renamed.reregistered(entry(setting.urn(), "Leeds West Academy (renamed)", null,
                LocalDate.of(2025, 3, 12))).orElseThrow().after();
        inUnitOfWork(() -> settings().update(inspected, renamed.version()));
        assertEquals(held(inspected), held(find(setting.urn()).get(setting.urn())), "a new inspection, no single word");

        Setting stale = setting.reregistered(entry(setting.urn(), "A stale name", null)).orElseThrow().after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> settings().update(stale, setting.version())));
        assertEquals(held(inspected), held(find(setting.urn()).get(setting.urn())));

        Setting none = Setting.registered(entry(new Urn(URNS.incrementAndGet()), "Never added", null)).after();
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> settings().update(none, 0)));
        assertEquals(Map.of(), find(none.urn()));
    }

    @Test
    public void the_settings_are_paged_in_urn_order_every_one_once_with_their_count() {
        long before = inUnitOfWork(() -> settings().count());
        List<Setting> mine = List.of(added("One"), added("Two"), added("Three"));
        long count = inUnitOfWork(() -> settings().count());
        assertEquals(before + 3, count);

        List<Urn> all = inUnitOfWork(() -> settings().page(0, (int) count)).stream().map(Setting::urn).toList();
        assertEquals(all.stream().sorted(Comparator.comparingInt(Urn::value)).distinct().toList(), all,
                "in URN order, each once");
        assertTrue(all.containsAll(mine.stream().map(Setting::urn).toList()));
        List<Urn> paged = new ArrayList<>();
        for (long offset = 0; offset < count; offset += 2) {
            long from = offset;
            List<Setting> page = inUnitOfWork(() -> settings().page(from, 2));
            assertTrue(page.size() <= 2, "at most the limit");
            page.forEach(s -> paged.add(s.urn()));
        }
        assertEquals(all, paged, "the pages, one after another, are the whole");
        assertEquals(List.of(), inUnitOfWork(() -> settings().page(count, 2)));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        Setting setting = Setting.registered(entry(new Urn(URNS.incrementAndGet()), "Rolled back", null)).after();
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            settings().add(setting);
            throw new IllegalStateException("the import failed after adding the setting");
        }));
        assertEquals(Map.of(), find(setting.urn()));
        inUnitOfWork(() -> settings().add(setting)); // nothing left held to refuse it
    }

    @Test
    public void two_changes_made_at_once_from_one_version_store_one_and_refuse_the_other() throws Exception {
        Setting setting = added("Leeds West Academy");
        List<Callable<Boolean>> changes = new ArrayList<>();
        for (String name : List.of("First rename", "Second rename")) {
            Changed<Setting> change = setting.reregistered(entry(setting.urn(), name, null)).orElseThrow();
            changes.add(() -> {
                try {
                    inUnitOfWork(() -> settings().update(change.after(), setting.version()));
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
        assertEquals(setting.version() + 1, find(setting.urn()).get(setting.urn()).version());
    }
}
