package org.cypf.educationskills.alternativeprovision.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.ALTERNATIVE_PROVISION_PLACEMENT;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.PUPIL;
import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.VIRTUAL_SCHOOL_CHILD;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.educationskills.alternativeprovision.domain.ApPlacement;
import org.cypf.educationskills.alternativeprovision.domain.ApProvider;
import org.cypf.educationskills.alternativeprovision.domain.ApReason;
import org.cypf.educationskills.alternativeprovision.domain.ApSettingType;
import org.cypf.educationskills.alternativeprovision.port.ApPlacements;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.educationskills.shared.adapter.out.persistence.jooq.tables.records.AlternativeProvisionPlacementRecord;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** {@code education_skills.alternative_provision_placement}. */
public final class JooqApPlacements implements ApPlacements {
    private static final org.cypf.educationskills.shared.adapter.out.persistence.jooq.tables.AlternativeProvisionPlacement
            P = ALTERNATIVE_PROVISION_PLACEMENT;

    private final ContextDatabase database;

    public JooqApPlacements(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Placed> find(UUID placementId) {
        return database.transactionalDsl().select(P.fields()).select(PUPIL.CHILD_ID).from(P)
                .join(PUPIL).on(PUPIL.UPN.eq(P.UPN))
                .where(P.PLACEMENT_ID.eq(placementId))
                .fetchOptional(r -> new Placed(placement(r.into(P)), ChildId.of(r.get(PUPIL.CHILD_ID))));
    }

    @Override
    public Optional<ApPlacement> same(ApPlacement p) {
        return database.transactionalDsl().selectFrom(P)
                .where(P.UPN.eq(p.upn().value())
                        .and(P.PROVIDER_URN.isNotDistinctFrom(p.provider().urn()))
                        .and(P.PROVIDER_UKPRN.isNotDistinctFrom(p.provider().ukprn()))
                        .and(P.START_DATE.eq(p.startDate())))
                .fetchOptional(JooqApPlacements::placement);
    }

    @Override
    public void add(ApPlacement p) {
        // alternative_provision_placement_once, or the id: held, or added first by a unit of work beside this one.
        UniqueViolations.refusedAsConflict(() -> insert(p), "the same placement is held already");
    }

    private void insert(ApPlacement p) {
        database.transactionalDsl().insertInto(P)
                .set(P.PLACEMENT_ID, p.placementId())
                .set(P.UPN, p.upn().value())
                .set(P.PROVIDER_URN, p.provider().urn())
                .set(P.PROVIDER_UKPRN, p.provider().ukprn())
                .set(P.SETTING_TYPE, p.settingType().name())
                .set(P.REASON, p.reason().name())
                .set(P.START_DATE, p.startDate())
                .set(P.END_DATE, p.endDate())
                .set(P.SESSIONS_PER_WEEK, p.sessionsPerWeek())
                .execute();
    }

    @Override
    public List<ApPlacement> ofPupils(List<UniquePupilNumber> upns) {
        String[] values = upns.stream().map(UniquePupilNumber::value).toArray(String[]::new);
        return database.transactionalDsl().selectFrom(P).where(P.UPN.eq(DSL.any(values)))
                .fetch(JooqApPlacements::placement);
    }

    @Override
    public void addAll(List<ApPlacement> added) {
        var dsl = database.transactionalDsl();
        dsl.batch(added.stream().map(p -> dsl.insertInto(P)
                .set(P.PLACEMENT_ID, p.placementId())
                .set(P.UPN, p.upn().value())
                .set(P.PROVIDER_URN, p.provider().urn())
                .set(P.PROVIDER_UKPRN, p.provider().ukprn())
                .set(P.SETTING_TYPE, p.settingType().name())
                .set(P.REASON, p.reason().name())
                .set(P.START_DATE, p.startDate())
                .set(P.END_DATE, p.endDate())
                .set(P.SESSIONS_PER_WEEK, p.sessionsPerWeek())).toList()).execute();
    }

    @Override
    public void replaceAll(List<ApPlacement> replaced) {
        var dsl = database.transactionalDsl();
        dsl.batch(replaced.stream().map(p -> dsl.update(P)
                .set(P.SETTING_TYPE, p.settingType().name())
                .set(P.REASON, p.reason().name())
                .set(P.END_DATE, p.endDate())
                .set(P.SESSIONS_PER_WEEK, p.sessionsPerWeek())
                .where(P.PLACEMENT_ID.eq(p.placementId()))).toList()).execute();
    }

    @Override
    public void end(ApPlacement p) {
        database.transactionalDsl().update(P).set(P.END_DATE, p.endDate())
                .where(P.PLACEMENT_ID.eq(p.placementId())).execute();
    }

    @Override
    public List<ApPlacement> ofPupil(UniquePupilNumber upn, long offset, int limit) {
        return database.transactionalDsl().selectFrom(P).where(P.UPN.eq(upn.value()))
                .orderBy(P.START_DATE.desc(), P.PLACEMENT_ID)
                .offset(offset).limit(limit)
                .fetch(JooqApPlacements::placement);
    }

    @Override
    public long countOfPupil(UniquePupilNumber upn) {
        return database.transactionalDsl().fetchCount(P, P.UPN.eq(upn.value()));
    }

    private static Condition at(ApProvider provider, ListScope scope) {
        Condition at = provider.urn() != null ? P.PROVIDER_URN.eq(provider.urn()) : P.PROVIDER_UKPRN.eq(provider.ukprn());
        return scope.wholePartnership() ? at : at.and(PUPIL.CHILD_ID.eq(DSL.any(scope.childIds())));
    }

    @Override
    public List<Placed> atProvider(ApProvider provider, ListScope scope, long offset, int limit) {
        return database.transactionalDsl().select(P.fields()).select(PUPIL.CHILD_ID).from(P)
                .join(PUPIL).on(PUPIL.UPN.eq(P.UPN))
                .where(at(provider, scope))
                .orderBy(P.START_DATE.desc(), P.PLACEMENT_ID)
                .offset(offset).limit(limit)
                .fetch(r -> new Placed(placement(r.into(P)), ChildId.of(r.get(PUPIL.CHILD_ID))));
    }

    @Override
    public long countAtProvider(ApProvider provider, ListScope scope) {
        return database.transactionalDsl().selectCount().from(P).join(PUPIL).on(PUPIL.UPN.eq(P.UPN))
                .where(at(provider, scope)).fetchOne(0, long.class);
    }

    @Override
    public boolean everInCare(ChildId child) {
        return database.transactionalDsl().fetchExists(VIRTUAL_SCHOOL_CHILD,
                VIRTUAL_SCHOOL_CHILD.CHILD_ID.eq(child.value()));
    }

    /** A placement of the UPN on one of the child's registrations, overlapping that time in care. */
    private static Condition inCare(ChildId child) {
        return DSL.exists(DSL.selectOne().from(VIRTUAL_SCHOOL_CHILD).where(
                VIRTUAL_SCHOOL_CHILD.CHILD_ID.eq(child.value())
                        .and(VIRTUAL_SCHOOL_CHILD.UPN.eq(P.UPN))
                        .and(P.END_DATE.isNull().or(VIRTUAL_SCHOOL_CHILD.ENTERED_CARE_ON.le(P.END_DATE)))
                        .and(VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON.isNull()
                                .or(VIRTUAL_SCHOOL_CHILD.LEFT_CARE_ON.ge(P.START_DATE)))));
    }

    @Override
    public List<ApPlacement> ofChildInCare(ChildId child, long offset, int limit) {
        return database.transactionalDsl().selectFrom(P).where(inCare(child))
                .orderBy(P.START_DATE.desc(), P.PLACEMENT_ID)
                .offset(offset).limit(limit)
                .fetch(JooqApPlacements::placement);
    }

    @Override
    public long countOfChildInCare(ChildId child) {
        return database.transactionalDsl().fetchCount(P, inCare(child));
    }

    private static ApPlacement placement(AlternativeProvisionPlacementRecord r) {
        return new ApPlacement(r.getPlacementId(), UniquePupilNumber.parse(r.getUpn()),
                new ApProvider(r.getProviderUrn(), r.getProviderUkprn()), ApSettingType.valueOf(r.getSettingType()),
                ApReason.valueOf(r.getReason()), r.getStartDate(), r.getEndDate(), r.getSessionsPerWeek());
    }
}
