package org.cypf.educationskills.exclusions.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.EXCLUSION;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.SETTING;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cypf.educationskills.exclusions.domain.Exclusion;
import org.cypf.educationskills.exclusions.domain.ExclusionCategory;
import org.cypf.educationskills.exclusions.port.ExclusionRecords;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.educationskills.shared.adapter.out.persistence.jooq.tables.records.ExclusionRecord;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.impl.DSL;

/** {@code education_skills.exclusion}. */
public final class JooqExclusionRecords implements ExclusionRecords {
    private final ContextDatabase database;

    public JooqExclusionRecords(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public List<Exclusion> ofPupils(Collection<UniquePupilNumber> upns) {
        return database.transactionalDsl().selectFrom(EXCLUSION)
                .where(EXCLUSION.UPN.eq(DSL.any(upns.stream().map(UniquePupilNumber::value).toArray(String[]::new))))
                .fetch(JooqExclusionRecords::exclusion);
    }

    @Override
    public void add(Exclusion e) {
        // exclusion's unique (upn, urn, category, start_date), or its id: held, or added first by an import beside.
        UniqueViolations.refusedAsConflict(() -> insert(e), "the same exclusion is held already");
    }

    private void insert(Exclusion e) {
        database.transactionalDsl().insertInto(EXCLUSION)
                .set(EXCLUSION.EXCLUSION_ID, e.exclusionId())
                .set(EXCLUSION.UPN, e.upn().value())
                .set(EXCLUSION.URN, e.urn())
                .set(EXCLUSION.CATEGORY, e.category().name())
                .set(EXCLUSION.REASON, e.reason())
                .set(EXCLUSION.START_DATE, e.startDate())
                .set(EXCLUSION.SESSIONS, e.sessions())
                .execute();
    }

    @Override
    public void replace(Exclusion e) {
        database.transactionalDsl().update(EXCLUSION)
                .set(EXCLUSION.REASON, e.reason())
                .set(EXCLUSION.SESSIONS, e.sessions())
                .where(EXCLUSION.EXCLUSION_ID.eq(e.exclusionId()))
                .execute();
    }

    @Override
    public Set<Integer> unknownSettings(Collection<Integer> urns) {
        Set<Integer> unknown = new HashSet<>(urns);
        unknown.removeAll(database.transactionalDsl().select(SETTING.URN).from(SETTING)
                .where(SETTING.URN.eq(DSL.any(urns.toArray(Integer[]::new)))).fetch(SETTING.URN));
        return unknown;
    }

    @Override
    public List<Exclusion> ofPupil(UniquePupilNumber upn, long offset, int limit) {
        return database.transactionalDsl().selectFrom(EXCLUSION)
                .where(EXCLUSION.UPN.eq(upn.value()))
                .orderBy(EXCLUSION.START_DATE.desc(), EXCLUSION.URN, EXCLUSION.CATEGORY)
                .offset(offset).limit(limit)
                .fetch(JooqExclusionRecords::exclusion);
    }

    @Override
    public long countOfPupil(UniquePupilNumber upn) {
        return database.transactionalDsl().fetchCount(EXCLUSION, EXCLUSION.UPN.eq(upn.value()));
    }

    private static Exclusion exclusion(ExclusionRecord r) {
        return new Exclusion(r.getExclusionId(), UniquePupilNumber.parse(r.getUpn()), r.getUrn(),
                ExclusionCategory.valueOf(r.getCategory()), r.getReason(), r.getStartDate(), r.getSessions());
    }
}
