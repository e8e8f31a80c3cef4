package org.cypf.educationskills.alternativeprovision.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cypf.educationskills.alternativeprovision.domain.ApPlacement;
import org.cypf.educationskills.alternativeprovision.domain.ApProvider;
import org.cypf.educationskills.alternativeprovision.domain.ApReason;
import org.cypf.educationskills.alternativeprovision.domain.ApSettingType;
import org.cypf.educationskills.alternativeprovision.port.ApPlacements.Placed;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.junit.jupiter.api.Test;

/**
 * What every store of placements in alternative provision must do (ADR 0048, ADR 0097): CYPF's jOOQ adapter passes it
 * on PostgreSQL, the in-memory adapter passes it, and an integrator's store of the same placements runs it too.
 *
 * <p>The promises: a placement added is found whole by its id with its pupil's child id, and an id that names none
 * finds nothing; the same placement (pupil, provider, start date) is found whatever it now says, and added again is
 * refused with {@link Conflict}, the first kept; ending sets the end date, and replacing sets the setting type,
 * reason, end date and sessions but never the pupil, provider or start; several are added in one batch and read
 * together by their pupils, only those asked for; a pupil's placements and a provider's (by URN or by UKPRN, within
 * a list scope: only the children it includes) are read latest start first, a page at a time, with their count; a
 * child ever on the virtual school's roll is known, and their placements read are those of the UPN on a registration
 * overlapping that time in care, both ends included; what a unit of work added is gone when it rolls back; the same
 * placement added by two units of work at once is kept once. Each test works on pupils and providers of its own.
 */
public abstract class ApPlacementsContract {
    private static final AtomicInteger SERIALS = new AtomicInteger();
    private static final AtomicInteger PROVIDERS = new AtomicInteger(970_000);

    protected abstract ApPlacements placements();

    /** Where the pupils placed are held (a placement names a pupil, and is read with their child id). */
    protected abstract Pupils pupils();

    /** Puts the child's time in care on the virtual school's roll. */
    protected abstract void onRoll(VirtualSchoolRegistration registration);

    /** Runs {@code work} in a unit of work: commits when it returns, rolls back when it throws. */
    protected abstract <T> T inUnitOfWork(Supplier<T> work);

    private void inUnitOfWork(Runnable work) {
        inUnitOfWork(() -> {
            work.run();
            return null;
        });
    }

    private Pupil aPupil() {
        Pupil pupil = Pupil.firstSeen(UniquePupilNumber.withCheckLetter(
                String.format("2040000%02d%03d", 16 + SERIALS.get() / 1000, SERIALS.getAndIncrement() % 1000)));
        inUnitOfWork(() -> pupils().add(pupil));
        return pupil;
    }

    private static ApProvider aSchool() {
        return new ApProvider(PROVIDERS.incrementAndGet(), null);
    }

    private static ApPlacement placement(Pupil pupil, ApProvider provider, LocalDate start, LocalDate end) {
        ApSettingType type = provider.urn() == null ? ApSettingType.UNREGISTERED_PROVIDER
                : ApSettingType.PUPIL_REFERRAL_UNIT;
        return new ApPlacement(UUID.randomUUID(), pupil.upn(), provider, type, ApReason.PERMANENT_EXCLUSION, start, end,
                5);
    }

    private ApPlacement added(Pupil pupil, ApProvider provider, LocalDate start, LocalDate end) {
        ApPlacement p = placement(pupil, provider, start, end);
        inUnitOfWork(() -> placements().add(p));
        return p;
    }

    private static List<UUID> ids(List<ApPlacement> placements) {
        return placements.stream().map(ApPlacement::placementId).toList();
    }

    @Test
    public void a_placement_added_is_found_whole_by_its_id_with_its_pupils_child_id() {
        Pupil pupil = aPupil();
        ApPlacement p = added(pupil, aSchool(), LocalDate.of(2025, 1, 6), null);
        assertEquals(Optional.of(new Placed(p, pupil.childId())), inUnitOfWork(() -> placements().find(p.placementId())));
        assertEquals(Optional.empty(), inUnitOfWork(() -> placements().find(UUID.randomUUID())));
    }

    @Test
    public void the_same_placement_is_found_whatever_it_now_says_and_added_again_is_refused() {
        Pupil pupil = aPupil();
        ApProvider provider = aSchool();
        ApPlacement first = added(pupil, provider, LocalDate.of(2025, 1, 6), null);
        ApPlacement again = new ApPlacement(UUID.randomUUID(), pupil.upn(), provider, ApSettingType.AP_ACADEMY,
                ApReason.HEALTH_NEEDS, first.startDate(), LocalDate.of(2025, 3, 1), 2);
        assertEquals(Optional.of(first), inUnitOfWork(() -> placements().same(again)));
        assertEquals(Optional.empty(), inUnitOfWork(() -> placements().same(placement(pupil, provider,
                LocalDate.of(2025, 1, 7), null))), "another start date is another placement");
        assertEquals(Optional.empty(), inUnitOfWork(() -> placements().same(placement(pupil, aSchool(),
                first.startDate(), null))), "so is another provider");

        assertThrows(Conflict.class, () -> inUnitOfWork(() -> placements().add(again)));
        assertEquals(List.of(first), inUnitOfWork(() -> placements().ofPupil(pupil.upn(), 0, 10)));
    }

    @Test
    public void ending_sets_the_end_date_and_replacing_sets_what_a_placement_says_but_never_whose_or_where_it_is() {
        Pupil pupil = aPupil();
        ApProvider provider = aSchool();
        ApPlacement p = added(pupil, provider, LocalDate.of(2025, 1, 6), null);
        ApPlacement ended = p.endedOn(LocalDate.of(2025, 2, 14));
        inUnitOfWork(() -> placements().end(ended));
        assertEquals(Optional.of(ended), inUnitOfWork(() -> placements().same(p)));

        ApPlacement says = new ApPlacement(p.placementId(), aPupil().upn(), aSchool(), ApSettingType.AP_FREE_SCHOOL,
                ApReason.OFF_SITE_DIRECTION, LocalDate.of(2025, 1, 8), LocalDate.of(2025, 3, 31), 3);
        inUnitOfWork(() -> placements().replaceAll(List.of(says)));
        assertEquals(Optional.of(new Placed(new ApPlacement(p.placementId(), pupil.upn(), provider,
                        ApSettingType.AP_FREE_SCHOOL, ApReason.OFF_SITE_DIRECTION, p.startDate(),
                        LocalDate.of(2025, 3, 31), 3), pupil.childId())),
                inUnitOfWork(() -> placements().find(p.placementId())));
    }

    @Test
    public void several_are_added_in_one_batch_and_read_together_by_their_pupils_only_those_asked_for() {
        Pupil one = aPupil();
        Pupil two = aPupil();
        Pupil three = aPupil();
        ApProvider provider = aSchool();
        List<ApPlacement> batch = List.of(placement(one, provider, LocalDate.of(2025, 1, 6), null),
                placement(one, provider, LocalDate.of(2024, 9, 2), LocalDate.of(2024, 12, 20)),
                placement(two, provider, LocalDate.of(2025, 1, 6), null),
                placement(three, provider, LocalDate.of(2025, 1, 6), null));
        inUnitOfWork(() -> placements().addAll(batch));
        assertEquals(Set.copyOf(batch.subList(0, 3)),
                new HashSet<>(inUnitOfWork(() -> placements().ofPupils(List.of(one.upn(), two.upn())))));
        assertEquals(List.of(), inUnitOfWork(() -> placements().ofPupils(List.of())));
    }

    @Test
    public void a_pupils_placements_are_read_latest_start_first_a_page_at_a_time_with_their_count() {
        Pupil pupil = aPupil();
        List<ApPlacement> added = new ArrayList<>();
        for (int month = 1; month <= 5; month++) {
            added.add(added(pupil, aSchool(), LocalDate.of(2025, month, 6), null));
        }
        added(aPupil(), aSchool(), LocalDate.of(2025, 6, 2), null);
        assertEquals(ids(List.of(added.get(4), added.get(3))),
                ids(inUnitOfWork(() -> placements().ofPupil(pupil.upn(), 0, 2))));
        assertEquals(ids(List.of(added.get(0))), ids(inUnitOfWork(() -> placements().ofPupil(pupil.upn(), 4, 2))));
        assertEquals(5L, (long) inUnitOfWork(() -> placements().countOfPupil(pupil.upn())));
    }

    @Test
    public void a_providers_placements_by_urn_or_ukprn_are_read_within_the_scope_latest_first_with_their_count() {
        ApProvider school = aSchool();
        ApProvider college = new ApProvider(null, 10_000_000 + PROVIDERS.incrementAndGet());
        Pupil one = aPupil();
        Pupil two = aPupil();
        Pupil three = aPupil();
        ApPlacement early = added(one, school, LocalDate.of(2024, 9, 2), null);
        ApPlacement late = added(two, school, LocalDate.of(2025, 1, 6), null);
        ApPlacement middle = added(three, school, LocalDate.of(2024, 11, 4), null);
        ApPlacement atCollege = added(one, college, LocalDate.of(2025, 2, 3), null);

        assertEquals(List.of(new Placed(late, two.childId()), new Placed(middle, three.childId())),
                inUnitOfWork(() -> placements().atProvider(school, ListScope.everyChild(), 0, 2)));
        assertEquals(List.of(new Placed(early, one.childId())),
                inUnitOfWork(() -> placements().atProvider(school, ListScope.everyChild(), 2, 2)));
        assertEquals(3L, (long) inUnitOfWork(() -> placements().countAtProvider(school, ListScope.everyChild())));

        ListScope mine = ListScope.only(List.of(one.childId(), three.childId()));
        assertEquals(ids(List.of(middle, early)), inUnitOfWork(() -> placements().atProvider(school, mine, 0, 10))
                .stream().map(placed -> placed.placement().placementId()).toList());
        assertEquals(2L, (long) inUnitOfWork(() -> placements().countAtProvider(school, mine)));

        assertEquals(List.of(new Placed(atCollege, one.childId())),
                inUnitOfWork(() -> placements().atProvider(college, ListScope.everyChild(), 0, 10)));
        assertEquals(0L, (long) inUnitOfWork(() -> placements().countAtProvider(college,
                ListScope.only(List.of(two.childId())))));
    }

    @Test
    public void a_child_in_cares_placements_are_those_of_their_upn_overlapping_a_time_in_care_both_ends_included() {
        Pupil pupil = aPupil();
        ChildId child = ChildId.newId(); // social care's id, as the roll holds it
        ChildId neverInCare = ChildId.newId();
        onRoll(new VirtualSchoolRegistration(UUID.randomUUID(), child, pupil.upn(), LocalDate.of(2012, 5, 1),
                LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 7), LocalDate.of(2024, 6, 30), 0));
        ApProvider provider = aSchool();
        added(pupil, provider, LocalDate.of(2023, 9, 4), LocalDate.of(2024, 1, 9)); // ended the day before
        ApPlacement endsOnEntry = added(pupil, provider, LocalDate.of(2023, 12, 4), LocalDate.of(2024, 1, 10));
        ApPlacement startsOnLeaving = added(pupil, provider, LocalDate.of(2024, 6, 30), null);
        added(pupil, provider, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 19)); // after leaving care
        ApPlacement open = added(pupil, aSchool(), LocalDate.of(2023, 6, 5), null);
        added(aPupil(), provider, LocalDate.of(2024, 3, 4), null); // another pupil's

        assertTrue(inUnitOfWork(() -> placements().everInCare(child)));
        assertFalse(inUnitOfWork(() -> placements().everInCare(neverInCare)));
        assertEquals(ids(List.of(startsOnLeaving, endsOnEntry, open)),
                ids(inUnitOfWork(() -> placements().ofChildInCare(child, 0, 10))));
        assertEquals(ids(List.of(endsOnEntry)), ids(inUnitOfWork(() -> placements().ofChildInCare(child, 1, 1))));
        assertEquals(3L, (long) inUnitOfWork(() -> placements().countOfChildInCare(child)));
        assertEquals(0L, (long) inUnitOfWork(() -> placements().countOfChildInCare(neverInCare)));
    }

    @Test
    public void what_a_unit_of_work_added_is_gone_when_it_rolls_back() {
        Pupil pupil = aPupil();
        ApPlacement p = placement(pupil, aSchool(), LocalDate.of(2025, 1, 6), null);
        assertThrows(IllegalStateException.class, () -> inUnitOfWork(() -> {
            placements().add(p);
            throw new IllegalStateException("the use case failed after adding the placement");
        }));
        assertEquals(Optional.empty(), inUnitOfWork(() -> placements().find(p.placementId())));
        assertEquals(0L, (long) inUnitOfWork(() -> placements().countOfPupil(pupil.upn())));
        inUnitOfWork(() -> placements().add(p)); // nothing left held to refuse it
    }

    @Test
    public void the_same_placement_added_by_two_units_of_work_at_once_is_kept_once() throws Exception {
        Pupil pupil = aPupil();
        ApProvider provider = aSchool();
        List<Callable<Boolean>> adds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ApPlacement p = placement(pupil, provider, LocalDate.of(2025, 1, 6), null);
            adds.add(() -> {
                try {
                    inUnitOfWork(() -> placements().add(p));
                    return true;
                } catch (Conflict refused) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Boolean> kept = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(adds)) {
                kept.add(f.get());
            }
            assertEquals(1, kept.stream().filter(b -> b).count(), "one kept, one refused: " + kept);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, (long) inUnitOfWork(() -> placements().countOfPupil(pupil.upn())));
    }
}
