package org.cypf.educationskills.shared.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.PUPIL;
import org.cypf.platform.db.UniqueViolations;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.educationskills.shared.domain.Pupil;
import org.cypf.educationskills.shared.port.Pupils;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.impl.DSL;

/** {@code education_skills.pupil}. */
public final class JooqPupils implements Pupils {
    private final ContextDatabase database;

    public JooqPupils(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Map<UniquePupilNumber, Pupil> find(Collection<UniquePupilNumber> upns) {
        return database.transactionalDsl().selectFrom(PUPIL)
                .where(PUPIL.UPN.eq(DSL.any(upns.stream().map(UniquePupilNumber::value).toArray(String[]::new))))
                .fetch(r -> new Pupil(UniquePupilNumber.parse(r.getUpn()), ChildId.of(r.getChildId()))).stream()
                .collect(Collectors.toMap(Pupil::upn, Function.identity()));
    }

    @Override
    public void add(Pupil pupil) {
        // pupil's primary key (upn) or its unique child_id: held, or added first by an import beside this one.
        UniqueViolations.refusedAsConflict(() -> database.transactionalDsl().insertInto(PUPIL)
                .set(PUPIL.UPN, pupil.upn().value())
                .set(PUPIL.CHILD_ID, pupil.childId().value())
                .execute(), "the pupil is held already");
    }
}
