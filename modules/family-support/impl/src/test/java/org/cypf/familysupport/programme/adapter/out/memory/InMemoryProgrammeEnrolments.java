package org.cypf.familysupport.programme.adapter.out.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.programme.domain.ProgrammeEnrolment;
import org.cypf.familysupport.programme.port.ProgrammeEnrolments;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Programme enrolments in memory, for fast tests (ADR 0097); test code only. It passes
 * {@code ProgrammeEnrolmentsContract} as the jOOQ adapter does: enrolments added and changed in the caller's
 * {@link InMemoryUnitOfWork} and kept when it commits. A unit of work that adds or changes an enrolment holds its lock
 * to its end, as the database's primary key and row lock hold the second until the first commits: one enrolment an
 * id, and of two changes from one version one is stale. Reach is counted as the jOOQ adapter's SQL counts it.
 */
public final class InMemoryProgrammeEnrolments implements ProgrammeEnrolments {
    /** Newest enrolled first, then by id, as the jOOQ adapter pages them (a uuid's text orders as its bytes). */
    private static final Comparator<ProgrammeEnrolment> NEWEST_FIRST = Comparator
            .comparing(ProgrammeEnrolment::enrolledOn).reversed().thenComparing(e -> e.id().toString());

    private final InMemoryRows<UUID, ProgrammeEnrolment> rows = new InMemoryRows<>();

    @Override
    public Optional<ProgrammeEnrolment> find(UUID enrolmentId) {
        return rows.find(enrolmentId);
    }

    @Override
    public void add(ProgrammeEnrolment enrolment) {
        rows.lock(enrolment.id());
        if (rows.find(enrolment.id()).isPresent()) {
            // as programme_enrolment's primary key refuses it
            throw new Conflict("a programme enrolment is held under this id already");
        }
        rows.put(enrolment.id(), enrolment);
    }

    @Override
    public void update(ProgrammeEnrolment enrolment, long expectedVersion) {
        rows.lock(enrolment.id());
        if (find(enrolment.id()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the programme enrolment", expectedVersion);
        }
        rows.put(enrolment.id(), enrolment);
    }

    @Override
    public Page<ProgrammeEnrolment> page(ProgrammeEnrolment.Programme programme, ListScope scope, Slice slice) {
        List<ProgrammeEnrolment> all = rows.where(e -> (programme == null || e.programme() == programme)
                && scope.includes(e.childId())).stream().sorted(NEWEST_FIRST).toList();
        return new Page<>(all.stream().skip(slice.offset()).limit(slice.size()).toList(), all.size());
    }

    /** Per child attending: eligible when any of its attended enrolments says so, empty when none says either. */
    private Map<ChildId, Optional<Boolean>> attending(ProgrammeEnrolment.Programme programme, LocalDate from,
                                                      LocalDate to) {
        Map<ChildId, Optional<Boolean>> eligible = new HashMap<>();
        for (ProgrammeEnrolment e : rows.where(e -> programme == null || e.programme() == programme)) {
            boolean attended = e.sessions().stream().anyMatch(s -> s.attended()
                    && !s.sessionOn().isBefore(from) && !s.sessionOn().isAfter(to));
            if (attended) {
                eligible.merge(e.childId(), Optional.ofNullable(e.freeSchoolMeals()), InMemoryProgrammeEnrolments::or);
            }
        }
        return eligible;
    }

    /** SQL's bool_or over two: true when either is, unknown when both are, else false. */
    private static Optional<Boolean> or(Optional<Boolean> a, Optional<Boolean> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get() || b.get());
    }

    @Override
    public long childrenAttending(ProgrammeEnrolment.Programme programme, LocalDate from, LocalDate to,
                                  Boolean freeSchoolMeals) {
        return attending(programme, from, to).values().stream()
                .filter(b -> freeSchoolMeals == null || b.equals(Optional.of(freeSchoolMeals))).count();
    }

    @Override
    public long childrenAttendingWithEligibilityKnown(ProgrammeEnrolment.Programme programme, LocalDate from,
                                                      LocalDate to) {
        return attending(programme, from, to).values().stream().filter(Optional::isPresent).count();
    }
}
