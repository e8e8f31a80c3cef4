package org.cypf.socialcare.careleavers.adapter.out.persistence;

import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CARE_LEAVER;
import static org.cypf.socialcare.shared.adapter.out.persistence.jooq.Tables.CARE_LEAVER_BIRTHDAY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.socialcare.careleavers.domain.BirthdayContact;
import org.cypf.socialcare.careleavers.domain.CareLeaver;
import org.cypf.socialcare.careleavers.port.CareLeaverRecords;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.CareLeaverBirthdayRecord;
import org.cypf.socialcare.shared.adapter.out.persistence.jooq.tables.records.CareLeaverRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Care leavers in {@code social_care.care_leaver} and their OC3 records in {@code social_care.care_leaver_birthday}. */
public final class JooqCareLeaverRecords implements CareLeaverRecords {
    private final ContextDatabase database;

    public JooqCareLeaverRecords(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<CareLeaver> find(ChildId child) {
        return Optional.ofNullable(findAll(List.of(child)).get(child));
    }

    @Override
    public Map<ChildId, CareLeaver> findAll(Collection<ChildId> children) {
        if (children.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = children.stream().map(ChildId::value).toList();
        return load(CARE_LEAVER.CHILD_ID.eq(DSL.any(ids.toArray(UUID[]::new)))).stream()
                .collect(Collectors.toMap(CareLeaver::childId, Function.identity()));
    }

    @Override
    public List<CareLeaver> withBirthdayRecords() {
        return load(CARE_LEAVER.CHILD_ID.in(database.transactionalDsl().selectDistinct(CARE_LEAVER_BIRTHDAY.CHILD_ID)
                .from(CARE_LEAVER_BIRTHDAY)));
    }

    private List<CareLeaver> load(Condition which) {
        DSLContext dsl = database.transactionalDsl();
        List<CareLeaverRecord> leavers = dsl.selectFrom(CARE_LEAVER).where(which).orderBy(CARE_LEAVER.CHILD_ID).fetch();
        if (leavers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<BirthdayContact>> birthdays = dsl.selectFrom(CARE_LEAVER_BIRTHDAY)
                .where(CARE_LEAVER_BIRTHDAY.CHILD_ID.eq(DSL.any(leavers.stream().map(CareLeaverRecord::getChildId).toArray(UUID[]::new))))
                .fetch().stream()
                .collect(Collectors.groupingBy(CareLeaverBirthdayRecord::getChildId, Collectors.mapping(
                        b -> new BirthdayContact(b.getAge(), b.getInTouch(), b.getActivity(), b.getAccommodation()),
                        Collectors.toList())));
        List<CareLeaver> out = new ArrayList<>();
        for (CareLeaverRecord r : leavers) {
            out.add(CareLeaver.rebuild(ChildId.of(r.getChildId()), r.getPathwayPlanDate(), r.getPersonalAdviser(),
                    r.getPersonalAdviserFrom(), birthdays.getOrDefault(r.getChildId(), List.of()), r.getVersion()));
        }
        return out;
    }

    @Override
    public void update(CareLeaver after, long expectedVersion) {
        write(after, expectedVersion, after.version());
    }

    /** Writes {@code c} at {@code version} over the row at {@code expected}, or as a new row when 0 was expected. */
    private void write(CareLeaver c, long expected, long version) {
        DSLContext dsl = database.transactionalDsl();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(CARE_LEAVER.PATHWAY_PLAN_DATE, c.pathwayPlanDate());
        values.put(CARE_LEAVER.PERSONAL_ADVISER, c.personalAdviser());
        values.put(CARE_LEAVER.PERSONAL_ADVISER_FROM, c.personalAdviserFrom());
        values.put(CARE_LEAVER.VERSION, version);
        int updated = dsl.update(CARE_LEAVER).set(values)
                .where(CARE_LEAVER.CHILD_ID.eq(c.childId().value()).and(CARE_LEAVER.VERSION.eq(expected)))
                .execute();
        if (updated != 1) {
            values.put(CARE_LEAVER.CHILD_ID, c.childId().value());
            int inserted = expected != 0 ? 0 : dsl.insertInto(CARE_LEAVER).set(values).onConflictDoNothing().execute();
            if (inserted != 1) {
                throw new StaleVersion("the care leaver record", expected);
            }
        }
        dsl.deleteFrom(CARE_LEAVER_BIRTHDAY).where(CARE_LEAVER_BIRTHDAY.CHILD_ID.eq(c.childId().value())).execute();
        for (BirthdayContact b : c.birthdays()) {
            dsl.insertInto(CARE_LEAVER_BIRTHDAY)
                    .set(CARE_LEAVER_BIRTHDAY.CHILD_ID, c.childId().value())
                    .set(CARE_LEAVER_BIRTHDAY.AGE, b.age())
                    .set(CARE_LEAVER_BIRTHDAY.IN_TOUCH, b.inTouch())
                    .set(CARE_LEAVER_BIRTHDAY.ACTIVITY, b.activity())
                    .set(CARE_LEAVER_BIRTHDAY.ACCOMMODATION, b.accommodation())
                    .execute();
        }
    }
}
