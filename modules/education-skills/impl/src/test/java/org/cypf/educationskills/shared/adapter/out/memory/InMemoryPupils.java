package org.cypf.educationskills.shared.adapter.out.memory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Pupils in memory, for fast tests (ADR 0097); test code only. It passes {@code PupilsContract} as the jOOQ adapter
 * does: pupils added in the caller's {@link InMemoryUnitOfWork} and kept when it commits. Adding locks the UPN and the
 * child id to the unit of work's end, as the table's primary key and unique child id hold a second insert until the
 * first commits, so of two at once one is added and the other refused.
 */
public final class InMemoryPupils implements Pupils {
    private final InMemoryRows<UniquePupilNumber, Pupil> rows = new InMemoryRows<>();

    @Override
    public Map<UniquePupilNumber, Pupil> find(Collection<UniquePupilNumber> upns) {
        return upns.stream().distinct().map(rows::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Pupil::upn, Function.identity()));
    }

    @Override
    public void add(Pupil pupil) {
        rows.lock(pupil.upn());
        rows.lock(pupil.childId());
        if (rows.find(pupil.upn()).isPresent() || !rows.where(p -> p.childId().equals(pupil.childId())).isEmpty()) {
            throw new Conflict("the pupil is held already");
        }
        rows.put(pupil.upn(), pupil);
    }
}
