package org.cypf.socialcare.returns.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CHILD;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CIN_CENSUS_CHILD;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CIN_CENSUS_EPISODE;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CIN_PLAN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.returns.domain.CinCensusDetails;
import org.cypf.socialcare.returns.port.CinCensusDetailsStore;
import org.jooq.impl.DSL;

/**
 * The CIN census details in {@code social_care.cin_census_child}, {@code cin_census_episode} and {@code cin_plan},
 * with the child's ethnicity in {@code child.ethnicity} (shared with SSDA903's ETHNIC). Each read is one query per
 * table however many children or referrals are asked for.
 */
public final class JooqCinCensusDetails implements CinCensusDetailsStore {
    private final ContextDatabase database;

    public JooqCinCensusDetails(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Map<ChildId, CinCensusDetails.Child> children(Collection<ChildId> children) {
        Map<ChildId, CinCensusDetails.Child> found = new HashMap<>();
        if (children.isEmpty()) {
            return found;
        }
        UUID[] ids = children.stream().map(ChildId::value).toArray(UUID[]::new);
        database.transactionalDsl()
                .select(CHILD.CHILD_ID, CHILD.ETHNICITY, CIN_CENSUS_CHILD.DISABILITIES, CIN_CENSUS_CHILD.UPN_UNKNOWN,
                        CIN_CENSUS_CHILD.FORMER_UPN, CIN_CENSUS_CHILD.DEATH_DATE)
                .from(CHILD).leftJoin(CIN_CENSUS_CHILD).on(CIN_CENSUS_CHILD.CHILD_ID.eq(CHILD.CHILD_ID))
                .where(CHILD.CHILD_ID.eq(DSL.any(ids)))
                .and(CHILD.ETHNICITY.isNotNull().or(CIN_CENSUS_CHILD.CHILD_ID.isNotNull()))
                .forEach(r -> found.put(ChildId.of(r.value1()), new CinCensusDetails.Child(r.value2(),
                        r.value3() == null ? List.of() : Arrays.asList(r.value3()), r.value4(), r.value5(),
                        r.value6())));
        return found;
    }

    @Override
    public Map<UUID, CinCensusDetails.Episode> episodes(Collection<UUID> referralIds) {
        Map<UUID, CinCensusDetails.Episode> found = new HashMap<>();
        if (referralIds.isEmpty()) {
            return found;
        }
        UUID[] ids = referralIds.toArray(UUID[]::new);
        var dsl = database.transactionalDsl();
        Map<UUID, String> needs = new HashMap<>();
        dsl.select(CIN_CENSUS_EPISODE.REFERRAL_ID, CIN_CENSUS_EPISODE.PRIMARY_NEED).from(CIN_CENSUS_EPISODE)
                .where(CIN_CENSUS_EPISODE.REFERRAL_ID.eq(DSL.any(ids)))
                .forEach(r -> needs.put(r.value1(), r.value2()));
        Map<UUID, List<CinCensusDetails.CinPlan>> plans = new HashMap<>();
        dsl.select(CIN_PLAN.REFERRAL_ID, CIN_PLAN.CIN_PLAN_ID, CIN_PLAN.START_DATE, CIN_PLAN.END_DATE).from(CIN_PLAN)
                .where(CIN_PLAN.REFERRAL_ID.eq(DSL.any(ids)))
                .orderBy(CIN_PLAN.REFERRAL_ID, CIN_PLAN.START_DATE, CIN_PLAN.CIN_PLAN_ID)
                .forEach(r -> plans.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new CinCensusDetails.CinPlan(r.value2(), r.value3(), r.value4())));
        for (UUID id : referralIds) {
            if (needs.containsKey(id) || plans.containsKey(id)) {
                found.put(id, new CinCensusDetails.Episode(needs.get(id), plans.getOrDefault(id, List.of())));
            }
        }
        return found;
    }

    @Override
    public void save(ChildId child, CinCensusDetails.Child d) {
        var dsl = database.transactionalDsl();
        dsl.update(CHILD).set(CHILD.ETHNICITY, d.ethnicity()).where(CHILD.CHILD_ID.eq(child.value())).execute();
        String[] disabilities = d.disabilities().toArray(String[]::new);
        dsl.insertInto(CIN_CENSUS_CHILD)
                .set(CIN_CENSUS_CHILD.CHILD_ID, child.value())
                .set(CIN_CENSUS_CHILD.DISABILITIES, disabilities)
                .set(CIN_CENSUS_CHILD.UPN_UNKNOWN, d.upnUnknown())
                .set(CIN_CENSUS_CHILD.FORMER_UPN, d.formerUpn())
                .set(CIN_CENSUS_CHILD.DEATH_DATE, d.deathDate())
                .onConflict(CIN_CENSUS_CHILD.CHILD_ID).doUpdate()
                .set(CIN_CENSUS_CHILD.DISABILITIES, disabilities)
                .set(CIN_CENSUS_CHILD.UPN_UNKNOWN, d.upnUnknown())
                .set(CIN_CENSUS_CHILD.FORMER_UPN, d.formerUpn())
                .set(CIN_CENSUS_CHILD.DEATH_DATE, d.deathDate())
                .execute();
    }

    @Override
    public void save(UUID referralId, CinCensusDetails.Episode d) {
        var dsl = database.transactionalDsl();
        dsl.deleteFrom(CIN_CENSUS_EPISODE).where(CIN_CENSUS_EPISODE.REFERRAL_ID.eq(referralId)).execute();
        if (d.primaryNeed() != null) {
            dsl.insertInto(CIN_CENSUS_EPISODE).set(CIN_CENSUS_EPISODE.REFERRAL_ID, referralId)
                    .set(CIN_CENSUS_EPISODE.PRIMARY_NEED, d.primaryNeed()).execute();
        }
        dsl.deleteFrom(CIN_PLAN).where(CIN_PLAN.REFERRAL_ID.eq(referralId)).execute();
        if (!d.cinPlans().isEmpty()) {
            var insert = dsl.insertInto(CIN_PLAN, CIN_PLAN.CIN_PLAN_ID, CIN_PLAN.REFERRAL_ID, CIN_PLAN.START_DATE,
                    CIN_PLAN.END_DATE);
            for (CinCensusDetails.CinPlan p : d.cinPlans()) {
                insert = insert.values(p.id(), referralId, p.startDate(), p.endDate());
            }
            insert.execute();
        }
    }
}
