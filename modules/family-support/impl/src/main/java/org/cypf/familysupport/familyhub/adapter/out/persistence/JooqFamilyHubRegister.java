package org.cypf.familysupport.familyhub.adapter.out.persistence;

import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.FAMILY_HUB;
import static org.cypf.familysupport.shared.adapter.out.persistence.jooq.Tables.FAMILY_HUB_SCHEDULE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.cypf.familysupport.familyhub.domain.FamilyHub;
import org.cypf.familysupport.familyhub.domain.OpeningTime;
import org.cypf.familysupport.familyhub.port.FamilyHubRegister;
import org.cypf.familysupport.shared.adapter.out.persistence.jooq.tables.records.FamilyHubRecord;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.UniqueViolations;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** {@code family_support.family_hub} and its opening times, {@code family_hub_schedule}. */
public final class JooqFamilyHubRegister implements FamilyHubRegister {
    private final ContextDatabase database;

    public JooqFamilyHubRegister(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Page<FamilyHub> page(String locality, Slice slice) {
        var dsl = database.transactionalDsl();
        Condition serving = locality == null ? DSL.trueCondition()
                : DSL.lower(FAMILY_HUB.LOCALITY).eq(locality.toLowerCase(Locale.ROOT));
        return new Page<>(dsl.selectFrom(FAMILY_HUB).where(serving).orderBy(FAMILY_HUB.NAME, FAMILY_HUB.HUB_ID)
                .offset(slice.offset()).limit(slice.size()).fetch(JooqFamilyHubRegister::hub),
                dsl.fetchCount(FAMILY_HUB, serving));
    }

    private static FamilyHub hub(FamilyHubRecord r) {
        return new FamilyHub(r.getHubId(), r.getName(), Postcode.parse(r.getPostcode()), r.getLocality(),
                r.getOpenedOn(), r.getVersion());
    }

    @Override
    public void add(FamilyHub hub) {
        UniqueViolations.refusedAsConflict(() -> database.transactionalDsl().insertInto(FAMILY_HUB)
                .set(FAMILY_HUB.HUB_ID, hub.id()).set(FAMILY_HUB.NAME, hub.name())
                .set(FAMILY_HUB.POSTCODE, hub.postcode().value()).set(FAMILY_HUB.LOCALITY, hub.locality())
                .set(FAMILY_HUB.OPENED_ON, hub.openedOn()).set(FAMILY_HUB.VERSION, hub.version())
                .execute(), "a Family Hub is registered under this id or name already");
    }

    @Override
    public void update(FamilyHub hub, long expectedVersion) {
        int[] updated = new int[1];
        // the name is unique: another hub's name refused as the port's Conflict, not the database's error
        UniqueViolations.refusedAsConflict(() -> updated[0] = database.transactionalDsl().update(FAMILY_HUB)
                .set(FAMILY_HUB.NAME, hub.name()).set(FAMILY_HUB.POSTCODE, hub.postcode().value())
                .set(FAMILY_HUB.LOCALITY, hub.locality()).set(FAMILY_HUB.OPENED_ON, hub.openedOn())
                .set(FAMILY_HUB.VERSION, hub.version())
                .where(FAMILY_HUB.HUB_ID.eq(hub.id()).and(FAMILY_HUB.VERSION.eq(expectedVersion)))
                .execute(), "another Family Hub has this name");
        if (updated[0] != 1) {
            throw new StaleVersion("the Family Hub", expectedVersion);
        }
    }

    @Override
    public Optional<FamilyHub> hub(UUID hubId, boolean forUpdate) {
        var select = database.transactionalDsl().selectFrom(FAMILY_HUB).where(FAMILY_HUB.HUB_ID.eq(hubId));
        return (forUpdate ? select.forUpdate() : select).fetchOptional(JooqFamilyHubRegister::hub);
    }

    @Override
    public List<OpeningTime> openingTimes(UUID hubId) {
        var s = FAMILY_HUB_SCHEDULE;
        return database.transactionalDsl().selectFrom(s).where(s.HUB_ID.eq(hubId)).fetch(r -> OpeningTime.stored(
                        r.getScheduleId(), r.getByday(), r.getOpensAt(), r.getClosesAt(), r.getValidFrom(),
                        r.getValidTo(), r.getDescription())).stream()
                .sorted(Comparator.comparing((OpeningTime t) -> t.days().stream().sorted().findFirst().orElseThrow())
                        .thenComparing(OpeningTime::opensAt).thenComparing(t -> t.scheduleId()))
                .toList();
    }

    @Override
    public void replaceOpeningTimes(UUID hubId, List<OpeningTime> times, String recordedBy, Instant at) {
        var dsl = database.transactionalDsl();
        var s = FAMILY_HUB_SCHEDULE;
        dsl.deleteFrom(s).where(s.HUB_ID.eq(hubId)).execute();
        for (OpeningTime t : times) {
            dsl.insertInto(s).set(s.SCHEDULE_ID, t.scheduleId()).set(s.HUB_ID, hubId).set(s.BYDAY, t.byday())
                    .set(s.OPENS_AT, t.opensAt()).set(s.CLOSES_AT, t.closesAt())
                    .set(s.VALID_FROM, t.validFrom().orElse(null)).set(s.VALID_TO, t.validTo().orElse(null))
                    .set(s.DESCRIPTION, t.description().orElse(null)).set(s.RECORDED_BY, recordedBy)
                    .set(s.RECORDED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).execute();
        }
    }
}
