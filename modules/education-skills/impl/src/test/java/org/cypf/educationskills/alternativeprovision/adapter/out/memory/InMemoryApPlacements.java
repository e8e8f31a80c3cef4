package org.cypf.educationskills.alternativeprovision.adapter.out.memory;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cypf.educationskills.alternativeprovision.domain.ApPlacement;
import org.cypf.educationskills.alternativeprovision.domain.ApProvider;
import org.cypf.educationskills.alternativeprovision.port.ApPlacements;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Placements in alternative provision in memory, for fast tests (ADR 0048, ADR 0097); test code only. It passes
 * {@code ApPlacementsContract} as the jOOQ adapter does: placements added and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. Adding locks the same placement (pupil, provider, start date)
 * to the unit of work's end, as the unique index holds a second insert until the first commits. A placement's child
 * id is its pupil's in the pupils it is given (one not held is not read, as the jOOQ adapter's join drops it); a
 * child's times in care are the registrations {@code registrations} gives (the roll's, every one).
 */
public final class InMemoryApPlacements implements ApPlacements {
    private record Same(UniquePupilNumber upn, ApProvider provider, java.time.LocalDate startDate) {
        static Same as(ApPlacement p) {
            return new Same(p.upn(), p.provider(), p.startDate());
        }
    }

    /** Latest start first, then by id, as the jOOQ adapter reads them (a uuid's text orders as its bytes). */
    private static final Comparator<ApPlacement> LATEST_FIRST = Comparator.comparing(ApPlacement::startDate)
            .reversed().thenComparing(p -> p.placementId().toString());

    private final InMemoryRows<UUID, ApPlacement> rows = new InMemoryRows<>();
    private final Pupils pupils;
    private final Function<ChildId, List<VirtualSchoolRegistration>> registrations;

    public InMemoryApPlacements(Pupils pupils, Function<ChildId, List<VirtualSchoolRegistration>> registrations) {
        this.pupils = pupils;
        this.registrations = registrations;
    }

    private List<ApPlacement> latestFirst(Predicate<ApPlacement> which) {
        return rows.where(which).stream().sorted(LATEST_FIRST).toList();
    }

    private static <T> List<T> page(List<T> all, long offset, int limit) {
        return all.stream().skip(offset).limit(limit).toList();
    }

    /** The placements with their pupils' child ids, those of a pupil not held left out. */
    private List<Placed> placed(List<ApPlacement> placements) {
        Map<UniquePupilNumber, Pupil> held = pupils.find(placements.stream().map(ApPlacement::upn).distinct().toList());
        return placements.stream().filter(p -> held.containsKey(p.upn()))
                .map(p -> new Placed(p, held.get(p.upn()).childId())).toList();
    }

    @Override
    public Optional<Placed> find(UUID placementId) {
        return rows.find(placementId).flatMap(p -> placed(List.of(p)).stream().findFirst());
    }

    @Override
    public Optional<ApPlacement> same(ApPlacement placement) {
        return rows.where(placement::samePlacement).stream().findFirst();
    }

    @Override
    public void add(ApPlacement placement) {
        rows.lock(Same.as(placement));
        rows.lock(placement.placementId());
        if (rows.find(placement.placementId()).isPresent() || same(placement).isPresent()) {
            // As the primary key or alternative_provision_placement_once refuses it.
            throw new Conflict("the same placement is held already");
        }
        rows.put(placement.placementId(), placement);
    }

    @Override
    public void end(ApPlacement placement) {
        rows.find(placement.placementId()).ifPresent(held -> rows.put(held.placementId(), new ApPlacement(
                held.placementId(), held.upn(), held.provider(), held.settingType(), held.reason(), held.startDate(),
                placement.endDate(), held.sessionsPerWeek())));
    }

    @Override
    public List<ApPlacement> ofPupil(UniquePupilNumber upn, long offset, int limit) {
        return page(latestFirst(p -> p.upn().equals(upn)), offset, limit);
    }

    @Override
    public long countOfPupil(UniquePupilNumber upn) {
        return rows.where(p -> p.upn().equals(upn)).size();
    }

    /** At the provider by its URN when it has one, else by its UKPRN; of the pupils the scope includes. */
    private List<Placed> atProvider(ApProvider provider, ListScope scope) {
        Predicate<ApPlacement> at = provider.urn() != null ? p -> provider.urn().equals(p.provider().urn())
                : p -> provider.ukprn().equals(p.provider().ukprn());
        return placed(latestFirst(at)).stream().filter(p -> scope.includes(p.childId())).toList();
    }

    @Override
    public List<Placed> atProvider(ApProvider provider, ListScope scope, long offset, int limit) {
        return page(atProvider(provider, scope), offset, limit);
    }

    @Override
    public long countAtProvider(ApProvider provider, ListScope scope) {
        return atProvider(provider, scope).size();
    }

    @Override
    public boolean everInCare(ChildId child) {
        return !registrations.apply(child).isEmpty();
    }

    /** Of the UPN on one of the child's registrations, overlapping that time in care (both ends included). */
    private List<ApPlacement> ofChildInCare(ChildId child) {
        List<VirtualSchoolRegistration> times = registrations.apply(child);
        return latestFirst(p -> times.stream().anyMatch(r -> p.upn().equals(r.upn())
                && (p.endDate() == null || !r.enteredCareOn().isAfter(p.endDate()))
                && (r.leftCareOn() == null || !r.leftCareOn().isBefore(p.startDate()))));
    }

    @Override
    public List<ApPlacement> ofChildInCare(ChildId child, long offset, int limit) {
        return page(ofChildInCare(child), offset, limit);
    }

    @Override
    public long countOfChildInCare(ChildId child) {
        return ofChildInCare(child).size();
    }

    @Override
    public List<ApPlacement> ofPupils(List<UniquePupilNumber> upns) {
        Set<UniquePupilNumber> asked = new HashSet<>(upns);
        return rows.where(p -> asked.contains(p.upn()));
    }

    @Override
    public void addAll(List<ApPlacement> added) {
        added.forEach(this::add);
    }

    @Override
    public void replaceAll(List<ApPlacement> replaced) {
        for (ApPlacement p : replaced) {
            rows.find(p.placementId()).ifPresent(held -> rows.put(held.placementId(), new ApPlacement(
                    held.placementId(), held.upn(), held.provider(), p.settingType(), p.reason(), held.startDate(),
                    p.endDate(), p.sessionsPerWeek())));
        }
    }
}
