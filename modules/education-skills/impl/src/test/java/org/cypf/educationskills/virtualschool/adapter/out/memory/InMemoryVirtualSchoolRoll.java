package org.cypf.educationskills.virtualschool.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.cypf.educationskills.attendance.domain.TermAttendance;
import org.cypf.educationskills.attendance.port.AttendanceRecords;
import org.cypf.educationskills.virtualschool.domain.ChildInCareExclusion;
import org.cypf.educationskills.virtualschool.domain.PersonalEducationPlan;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;
import org.cypf.governance.api.access.ChildTeams;
import org.cypf.governance.api.access.ListScope;
import org.cypf.governance.api.access.TeamCount;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * The virtual school's roll in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code VirtualSchoolRollContract} as the jOOQ adapter does: registrations, exclusions and PEPs written in the
 * caller's {@link InMemoryUnitOfWork} and kept when it commits. Adding a registration locks its child, and changing
 * one locks it, to the unit of work's end, as the unique index of open registrations and the row lock hold a second
 * writer until the first commits. A child's setting is the one their attendance was last reported at, read from the
 * attendance store it is given (the same definition the jOOQ adapter's SQL keeps).
 */
public final class InMemoryVirtualSchoolRoll implements VirtualSchoolRoll {
    /** Ties broken by id's text, as the jOOQ adapter's uuid order (a uuid's text orders as its bytes). */
    private static final Comparator<VirtualSchoolRegistration> DUE_FIRST = Comparator
            .comparing(VirtualSchoolRegistration::pepDueBy).thenComparing(r -> r.childId().value().toString());

    private final InMemoryRows<UUID, VirtualSchoolRegistration> registrations = new InMemoryRows<>();
    private final InMemoryRows<UUID, ChildInCareExclusion> exclusions = new InMemoryRows<>();
    private final InMemoryRows<UUID, PersonalEducationPlan> peps = new InMemoryRows<>();
    private final AttendanceRecords attendance;

    public InMemoryVirtualSchoolRoll(AttendanceRecords attendance) {
        this.attendance = attendance;
    }

    private static <T> List<T> page(List<T> all, long offset, int limit) {
        return all.stream().skip(offset).limit(limit).toList();
    }

    private List<VirtualSchoolRegistration> onRollWithin(ListScope scope, Predicate<VirtualSchoolRegistration> and) {
        return registrations.where(r -> r.isOnRoll() && scope.includes(r.childId()) && and.test(r)).stream()
                .sorted(DUE_FIRST).toList();
    }

    @Override
    public Optional<VirtualSchoolRegistration> onRoll(ChildId child) {
        return registrations.where(r -> r.childId().equals(child) && r.isOnRoll()).stream().findFirst();
    }

    @Override
    public void add(VirtualSchoolRegistration registration) {
        registrations.lock(registration.childId());
        registrations.lock(registration.id());
        if (registrations.find(registration.id()).isPresent()
                || (registration.isOnRoll() && onRoll(registration.childId()).isPresent())) {
            // As virtual_school_child_one_open, or the primary key, refuses it.
            throw new Conflict("the child is on the virtual school's roll already");
        }
        registrations.put(registration.id(), registration);
    }

    @Override
    public void update(VirtualSchoolRegistration changed) {
        registrations.lock(changed.id());
        VirtualSchoolRegistration held = registrations.find(changed.id())
                .filter(r -> r.version() == changed.version())
                .orElseThrow(() -> new StaleVersion("the virtual school registration", changed.version()));
        registrations.put(held.id(), new VirtualSchoolRegistration(held.id(), held.childId(), held.upn(),
                held.dateOfBirth(), held.enteredCareOn(), changed.pepDueBy(), changed.leftCareOn(), held.version() + 1));
    }

    @Override
    public List<VirtualSchoolRegistration> currentRoll(ListScope scope, long offset, int limit) {
        return page(onRollWithin(scope, r -> true), offset, limit);
    }

    @Override
    public long countCurrentRoll(ListScope scope) {
        return onRollWithin(scope, r -> true).size();
    }

    @Override
    public Optional<VirtualSchoolRegistration> inCareOn(UniquePupilNumber upn, LocalDate on) {
        return registrations.where(r -> upn.equals(r.upn()) && !r.enteredCareOn().isAfter(on)
                        && (r.leftCareOn() == null || !r.leftCareOn().isBefore(on))).stream()
                .max(Comparator.comparing(VirtualSchoolRegistration::enteredCareOn));
    }

    @Override
    public boolean addExclusion(ChildInCareExclusion exclusion) {
        exclusions.lock(exclusion.exclusionId());
        if (exclusions.find(exclusion.exclusionId()).isPresent()) {
            return false;
        }
        exclusions.put(exclusion.exclusionId(), exclusion);
        return true;
    }

    /** Children in care's exclusions starting from {@code from} to {@code to}, both included, as this unit sees them. */
    public List<ChildInCareExclusion> exclusionsStartingBetween(LocalDate from, LocalDate to) {
        return exclusions.where(e -> !e.startDate().isBefore(from) && !e.startDate().isAfter(to));
    }

    private List<ChildInCareExclusion> exclusionsOf(ChildId child) {
        return exclusions.where(e -> e.childId().equals(child)).stream()
                .sorted(Comparator.comparing(ChildInCareExclusion::startDate).reversed()
                        .thenComparing(e -> e.exclusionId().toString())).toList();
    }

    @Override
    public List<ChildInCareExclusion> exclusionsOf(ChildId child, long offset, int limit) {
        return page(exclusionsOf(child), offset, limit);
    }

    @Override
    public long countExclusionsOf(ChildId child) {
        return exclusionsOf(child).size();
    }

    private List<VirtualSchoolRegistration> registrationsOf(ChildId child) {
        return registrations.where(r -> r.childId().equals(child)).stream()
                .sorted(Comparator.comparing(VirtualSchoolRegistration::enteredCareOn)
                        .thenComparing(r -> r.id().toString())).toList();
    }

    @Override
    public List<VirtualSchoolRegistration> registrationsOf(ChildId child, long offset, int limit) {
        return page(registrationsOf(child), offset, limit);
    }

    @Override
    public long countRegistrationsOf(ChildId child) {
        return registrationsOf(child).size();
    }

    private List<PersonalEducationPlan> pepsOf(ChildId child) {
        return peps.where(p -> p.childId().equals(child)).stream()
                .sorted(Comparator.comparing(PersonalEducationPlan::heldOn).thenComparing(p -> p.id().toString()))
                .toList();
    }

    @Override
    public List<PersonalEducationPlan> pepsOf(ChildId child, long offset, int limit) {
        return page(pepsOf(child), offset, limit);
    }

    @Override
    public long countPepsOf(ChildId child) {
        return pepsOf(child).size();
    }

    @Override
    public void addPep(PersonalEducationPlan pep) {
        peps.put(pep.id(), pep);
    }

    @Override
    public Optional<LocalDate> latestPepHeldOn(UUID registrationId) {
        return peps.where(p -> p.registrationId().equals(registrationId)).stream().map(PersonalEducationPlan::heldOn)
                .max(Comparator.naturalOrder());
    }

    private List<VirtualSchoolRegistration> dueWithin(ListScope scope, LocalDate by) {
        return onRollWithin(scope, r -> !r.pepDueBy().isAfter(by));
    }

    @Override
    public List<PepDue> pepsDue(ListScope scope, LocalDate by, long offset, int limit) {
        return page(dueWithin(scope, by), offset, limit).stream()
                .map(r -> new PepDue(r, latestPepHeldOn(r.id()).orElse(null))).toList();
    }

    @Override
    public long countPepsDue(ListScope scope, LocalDate by) {
        return dueWithin(scope, by).size();
    }

    @Override
    public long[] pepsHeld(LocalDate from, LocalDate to) {
        List<PersonalEducationPlan> held = peps.where(p -> !p.heldOn().isBefore(from) && !p.heldOn().isAfter(to));
        return new long[] {held.size(), held.stream().filter(p -> !p.heldOn().isAfter(p.dueBy())).count()};
    }

    @Override
    public List<TeamCount> countPepsDueByTeam(ListScope scope, LocalDate by, ChildTeams teams, LocalDate today) {
        // By team name, no team last, as CountsByTeam orders them.
        Map<String, long[]> counted = new LinkedHashMap<>();
        for (VirtualSchoolRegistration r : dueWithin(scope, by)) {
            long[] c = counted.computeIfAbsent(teams.byChild().get(r.childId().value()), t -> new long[2]);
            c[0]++;
            if (r.pepDueBy().isBefore(today)) {
                c[1]++;
            }
        }
        return counted.entrySet().stream()
                .sorted(Map.Entry.<String, long[]>comparingByKey(Comparator.nullsLast(Comparator.naturalOrder())))
                .map(e -> new TeamCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** The setting the child's attendance was last reported at, if any. */
    private Integer settingOf(UniquePupilNumber upn) {
        return upn == null ? null : attendance.ofPupil(upn, 0, 1).stream().findFirst().map(TermAttendance::urn)
                .orElse(null);
    }

    @Override
    public List<OpenPep> openPeps(Set<Integer> settings, boolean localAuthority) {
        return registrations.where(VirtualSchoolRegistration::isOnRoll).stream()
                .map(r -> new OpenPep(r, settingOf(r.upn()), latestPepHeldOn(r.id()).orElse(null)))
                .filter(o -> localAuthority || (o.setting() != null && settings.contains(o.setting()))).toList();
    }

    @Override
    public void moveDueDates(List<VirtualSchoolRegistration> moved) {
        moved.forEach(r -> registrations.lock(r.id()));
        if (moved.stream().anyMatch(r -> registrations.find(r.id()).filter(h -> h.version() == r.version()).isEmpty())) {
            throw new Conflict("a child's PEP due date changed while the term dates were being changed: send them again");
        }
        for (VirtualSchoolRegistration r : moved) {
            VirtualSchoolRegistration held = registrations.find(r.id()).orElseThrow();
            registrations.put(held.id(), new VirtualSchoolRegistration(held.id(), held.childId(), held.upn(),
                    held.dateOfBirth(), held.enteredCareOn(), r.pepDueBy(), held.leftCareOn(), held.version() + 1));
            peps.where(p -> p.registrationId().equals(r.id())).stream()
                    .max(Comparator.comparing(PersonalEducationPlan::heldOn))
                    .ifPresent(p -> peps.put(p.id(), new PersonalEducationPlan(p.id(), p.registrationId(),
                            p.childId(), p.heldOn(), p.dueBy(), r.pepDueBy(), p.targets(), p.pupilPremiumPlus())));
        }
    }
}
