package org.cypf.educationskills.settings.adapter.out.persistence;

import static org.cypf.educationskills.shared.adapter.out.persistence.jooq.Tables.SETTING;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.educationskills.settings.domain.RegisterEntry;
import org.cypf.educationskills.settings.domain.Setting;
import org.cypf.educationskills.shared.domain.Ukprn;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.educationskills.settings.port.SettingsHeld;
import org.cypf.platform.db.UniqueViolations;
import org.cypf.educationskills.shared.adapter.out.persistence.jooq.tables.records.SettingRecord;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.impl.DSL;

/** {@code education_skills.setting}. */
public final class JooqSettingsHeld implements SettingsHeld {
    private final ContextDatabase database;

    public JooqSettingsHeld(ContextDatabase database) {
        this.database = database;
    }

    @Override
    public Map<Urn, Setting> find(Collection<Urn> urns) {
        return database.transactionalDsl().selectFrom(SETTING)
                .where(SETTING.URN.eq(DSL.any(urns.stream().map(Urn::value).toArray(Integer[]::new))))
                .fetch(JooqSettingsHeld::setting).stream()
                .collect(Collectors.toMap(Setting::urn, Function.identity()));
    }

    @Override
    public void add(Setting s) {
        RegisterEntry e = s.entry();
        UniqueViolations.refusedAsConflict(() -> database.transactionalDsl().insertInto(SETTING)
                .set(SETTING.URN, e.urn().value())
                .set(SETTING.NAME, e.name())
                .set(SETTING.TYPE_OF_ESTABLISHMENT, e.typeOfEstablishment())
                .set(SETTING.PHASE_OF_EDUCATION, e.phaseOfEducation())
                .set(SETTING.TRUST, e.trust())
                .set(SETTING.POSTCODE, e.postcode())
                .set(SETTING.UKPRN, e.ukprn() == null ? null : e.ukprn().value())
                .set(SETTING.LOCALITY, e.locality())
                .set(SETTING.INSPECTION_OUTCOME, e.inspectionOutcome())
                .set(SETTING.INSPECTED_ON, e.inspectedOn())
                .set(SETTING.VERSION, s.version())
                .execute(), "a setting of this URN is held already");
    }

    @Override
    public void update(Setting s, long expectedVersion) {
        RegisterEntry e = s.entry();
        int updated = database.transactionalDsl().update(SETTING)
                .set(SETTING.NAME, e.name())
                .set(SETTING.TYPE_OF_ESTABLISHMENT, e.typeOfEstablishment())
                .set(SETTING.PHASE_OF_EDUCATION, e.phaseOfEducation())
                .set(SETTING.TRUST, e.trust())
                .set(SETTING.POSTCODE, e.postcode())
                .set(SETTING.UKPRN, e.ukprn() == null ? null : e.ukprn().value())
                .set(SETTING.LOCALITY, e.locality())
                .set(SETTING.INSPECTION_OUTCOME, e.inspectionOutcome())
                .set(SETTING.INSPECTED_ON, e.inspectedOn())
                .set(SETTING.VERSION, s.version())
                .where(SETTING.URN.eq(e.urn().value()).and(SETTING.VERSION.eq(expectedVersion)))
                .execute();
        if (updated != 1) {
            throw new StaleVersion("the setting", expectedVersion);
        }
    }

    @Override
    public List<Setting> page(long offset, int limit) {
        return database.transactionalDsl().selectFrom(SETTING).orderBy(SETTING.URN).offset(offset).limit(limit)
                .fetch(JooqSettingsHeld::setting);
    }

    @Override
    public long count() {
        return database.transactionalDsl().fetchCount(SETTING);
    }

    private static Setting setting(SettingRecord r) {
        return Setting.rebuild(new RegisterEntry(new Urn(r.getUrn()), r.getUkprn() == null ? null
                : new Ukprn(r.getUkprn()), r.getName(), r.getTypeOfEstablishment(), r.getPhaseOfEducation(),
                r.getTrust(), r.getPostcode(), r.getLocality(), r.getInspectionOutcome(), r.getInspectedOn()),
                r.getVersion());
    }
}
