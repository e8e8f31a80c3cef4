package org.cypf.familysupport.familyhub.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.familysupport.familyhub.domain.OpeningTime;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.junit.jupiter.api.Test;

/**
 * What every register of Family Hubs must do (ADR 0097, the record stores' suites): CYPF's jOOQ adapter passes it on
 * PostgreSQL; an integrator's register runs it too. Hubs are the partnership's places, registered outside the port
 * (a migration, a seed), so the suite is given a way to register one.
 *
 * <p>The promises: a hub is read back by its id, with its locality, and an id that names none finds nothing; a page
 * lists the hubs by name, the part the slice asks for, with how many there are in all, and those of one locality
 * (its name equal ignoring case) when one is asked for, counted alike; opening times are read back whole by their first
 * day, then opening time, and a replacement replaces them all (an empty one leaves none); what a unit of work replaced
 * is back when it rolls back; two replacements at once, each holding the hub for update, leave one set whole, never a
 * mix of both; a hub added is read back and listed, and one under a name or id held already is refused as a conflict,
 * the first kept; an update from the version held replaces the hub's name, postcode, locality and opening date and
 * keeps its opening times, one from another version is refused as stale, and one to another hub's name as a conflict,
 * nothing changed.
 */
public abstract class FamilyHubRegisterContract {
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    protected abstract FamilyHubRegister register();

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    /** Registers a hub of that name serving {@code locality} (null: none recorded), as a seed would, and gives it. */
    protected abstract FamilyHub aHub(String name, String locality);

    private FamilyHub aHub(String name) {
        return aHub(name, null);
    }

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private static OpeningTime opening(Set<DayOfWeek> days, int opens, int closes, String description) {
        return new OpeningTime(UUID.randomUUID(), days, LocalTime.of(opens, 0), LocalTime.of(closes, 0),
                Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(), Optional.ofNullable(description));
    }

    private List<OpeningTime> times(UUID hub) {
        return inUnitOfWork(() -> register().openingTimes(hub));
    }

    private void replace(UUID hub, List<OpeningTime> times) {
        inUnitOfWork(() -> register().replaceOpeningTimes(hub, times, "hub.manager", AT));
    }

    @Test
    public void a_hub_is_read_back_by_its_id_and_an_unknown_id_finds_nothing() {
        FamilyHub hub = aHub("Hub " + UUID.randomUUID(), "Stoke North");
        assertEquals(Optional.of(hub), inUnitOfWork(() -> register().hub(hub.id(), false)));
        assertEquals(Optional.of(hub), inUnitOfWork(() -> register().hub(hub.id(), true)));
        assertEquals(Optional.empty(), inUnitOfWork(() -> register().hub(UUID.randomUUID(), false)));
    }

    @Test
    public void a_page_lists_the_hubs_by_name_the_part_asked_for_with_how_many_in_all() {
        long before = inUnitOfWork(() -> register().page(null, new Slice(1, 1))).total();
        String stem = "Hub " + UUID.randomUUID() + " ";
        FamilyHub c = aHub(stem + "C");
        FamilyHub a = aHub(stem + "A");
        FamilyHub b = aHub(stem + "B");
        Page<FamilyHub> all = inUnitOfWork(() -> register().page(null, new Slice(1, 1000)));
        assertEquals(before + 3, all.total());
        assertEquals(List.of(a, b, c), all.items().stream().filter(h -> h.name().startsWith(stem)).toList());
        Page<FamilyHub> second = inUnitOfWork(() -> register().page(null, new Slice(2, 2)));
        assertEquals(all.items().subList(2, Math.min(4, all.items().size())), second.items());
        assertEquals(all.total(), second.total(), "the total counts every hub, whatever the page");
    }

    @Test
    public void a_page_of_one_locality_lists_its_hubs_by_name_ignoring_case_counted_alike() {
        String locality = "Locality " + UUID.randomUUID();
        FamilyHub meir = aHub("Meir " + UUID.randomUUID(), locality);
        FamilyHub bentilee = aHub("Bentilee " + UUID.randomUUID(), locality.toUpperCase(java.util.Locale.ROOT));
        aHub("Burslem " + UUID.randomUUID(), "Elsewhere " + UUID.randomUUID());
        aHub("Tunstall " + UUID.randomUUID());

        Page<FamilyHub> served = inUnitOfWork(() -> register().page(locality, new Slice(1, 10)));
        assertEquals(List.of(bentilee, meir), served.items());
        assertEquals(2, served.total());
        Page<FamilyHub> second = inUnitOfWork(() -> register().page(locality.toLowerCase(java.util.Locale.ROOT),
                new Slice(2, 1)));
        assertEquals(List.of(meir), second.items());
        assertEquals(2, second.total(), "the total counts the locality's hubs, whatever the page");
        assertEquals(0, inUnitOfWork(() -> register().page("Nowhere " + UUID.randomUUID(), new Slice(1, 10)))
                .total());
    }

    @Test
    public void opening_times_are_read_back_by_first_day_then_time_and_a_replacement_replaces_them_all() {
        FamilyHub hub = aHub("Hub " + UUID.randomUUID());
        assertEquals(List.of(), times(hub.id()));
        OpeningTime fridays = opening(Set.of(DayOfWeek.FRIDAY), 9, 12, null);
        OpeningTime afternoons = opening(Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY), 13, 17, "drop-in");
        OpeningTime mornings = opening(Set.of(DayOfWeek.MONDAY), 9, 12, "stay and play");
        replace(hub.id(), List.of(fridays, afternoons, mornings));
        assertEquals(List.of(mornings, afternoons, fridays), times(hub.id()));

        OpeningTime saturdays = opening(Set.of(DayOfWeek.SATURDAY), 10, 13, null);
        replace(hub.id(), List.of(saturdays));
        assertEquals(List.of(saturdays), times(hub.id()));
        replace(hub.id(), List.of());
        assertEquals(List.of(), times(hub.id()));
    }

    @Test
    public void what_a_unit_of_work_replaced_is_back_when_it_rolls_back() {
        FamilyHub hub = aHub("Hub " + UUID.randomUUID());
        OpeningTime kept = opening(Set.of(DayOfWeek.TUESDAY), 9, 15, null);
        replace(hub.id(), List.of(kept));
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            register().replaceOpeningTimes(hub.id(), List.of(opening(Set.of(DayOfWeek.SUNDAY), 9, 10, null)),
                    "hub.manager", AT);
            throw new IllegalStateException("the use case failed after replacing the times");
        }));
        assertEquals(List.of(kept), times(hub.id()));
    }

    @Test
    public void two_replacements_at_once_holding_the_hub_leave_one_set_whole() throws Exception {
        FamilyHub hub = aHub("Hub " + UUID.randomUUID());
        List<List<OpeningTime>> sets = List.of(
                List.of(opening(Set.of(DayOfWeek.MONDAY), 9, 12, null), opening(Set.of(DayOfWeek.TUESDAY), 9, 12, null)),
                List.of(opening(Set.of(DayOfWeek.WEDNESDAY), 9, 12, null),
                        opening(Set.of(DayOfWeek.THURSDAY), 9, 12, null)));
        for (int round = 0; round < 5; round++) {
            List<Callable<Void>> replacements = new ArrayList<>();
            for (List<OpeningTime> set : sets) {
                replacements.add(() -> {
                    inUnitOfWork(() -> {
                        register().hub(hub.id(), true).orElseThrow();
                        register().openingTimes(hub.id());
                        register().replaceOpeningTimes(hub.id(), set, "hub.manager", AT);
                    });
                    return null;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (var f : pool.invokeAll(replacements)) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            List<OpeningTime> read = times(hub.id());
            assertTrue(read.equals(sets.get(0)) || read.equals(sets.get(1)), "one set whole: " + read);
        }
    }

    @Test
    public void a_hub_added_is_read_back_and_listed_and_one_under_a_name_or_id_held_is_refused() {
        String name = "Hub " + UUID.randomUUID();
        FamilyHub hub = new FamilyHub(UUID.randomUUID(), name, Postcode.parse("ST3 7AB"), "Stoke South", null, 0);
        inUnitOfWork(() -> register().add(hub));
        assertEquals(Optional.of(hub), inUnitOfWork(() -> register().hub(hub.id(), false)));
        assertTrue(inUnitOfWork(() -> register().page("stoke south", new Slice(1, 1000))).items().contains(hub));

        FamilyHub sameName = new FamilyHub(UUID.randomUUID(), name, Postcode.parse("ST6 3BB"), null, null, 0);
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> register().add(sameName)));
        assertEquals(Optional.empty(), inUnitOfWork(() -> register().hub(sameName.id(), false)));
        FamilyHub sameId = new FamilyHub(hub.id(), "Hub " + UUID.randomUUID(), Postcode.parse("ST6 3BB"), null,
                null, 0);
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> register().add(sameId)));
        assertEquals(Optional.of(hub), inUnitOfWork(() -> register().hub(hub.id(), false)), "the first is kept");
    }

    @Test
    public void an_update_from_the_version_held_replaces_the_hub_and_keeps_its_opening_times() {
        FamilyHub hub = aHub("Hub " + UUID.randomUUID(), "Stoke North");
        OpeningTime kept = opening(Set.of(DayOfWeek.MONDAY), 9, 12, null);
        replace(hub.id(), List.of(kept));
        FamilyHub renamed = new FamilyHub(hub.id(), "Hub " + UUID.randomUUID(), Postcode.parse("ST3 7AB"), null,
                LocalDate.of(2025, 4, 1), 1);
        inUnitOfWork(() -> register().update(renamed, 0));
        assertEquals(Optional.of(renamed), inUnitOfWork(() -> register().hub(hub.id(), false)));
        assertEquals(List.of(kept), times(hub.id()));
    }

    @Test
    public void an_update_from_another_version_or_to_another_hubs_name_changes_nothing() {
        FamilyHub hub = aHub("Hub " + UUID.randomUUID(), "Stoke North");
        FamilyHub other = aHub("Hub " + UUID.randomUUID(), "Stoke North");
        FamilyHub stale = new FamilyHub(hub.id(), "Hub " + UUID.randomUUID(), hub.postcode(), null, null, 6);
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> register().update(stale, 5)));
        FamilyHub clash = new FamilyHub(hub.id(), other.name(), hub.postcode(), null, null, 1);
        assertThrows(Conflict.class, () -> inUnitOfWork(() -> register().update(clash, 0)));
        assertThrows(StaleVersion.class, () -> inUnitOfWork(() -> register().update(
                new FamilyHub(UUID.randomUUID(), "Hub " + UUID.randomUUID(), hub.postcode(), null, null, 1), 0)),
                "no hub under that id is at any version");
        assertEquals(Optional.of(hub), inUnitOfWork(() -> register().hub(hub.id(), false)));
        assertEquals(Optional.of(other), inUnitOfWork(() -> register().hub(other.id(), false)));
    }
}
