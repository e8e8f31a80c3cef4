package org.cypf.educationskills.retention.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.governance.api.access.RetentionRule;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.RetentionTables;
import org.jooq.DSLContext;

/**
 * Education and skills' records under the national retention rules (ADR 0034). The virtual school's registration of
 * a child in care, with the suspensions and exclusions it followed, is part of the child's care record (the Personal
 * Education Plan is part of the care plan), so it is kept to the 75th birthday ({@link RetentionRule#CARE_RECORD})
 * once the child has left care. Anonymising it moves it to the child's pseudonym and clears the UPN; dates, codes and
 * sessions stay, so the virtual school's counts are the same. Pupils' records keyed by UPN (attendance, the schools'
 * suspensions and exclusions) are not covered yet (ADR 0034).
 */
public final class JooqRecordRetention implements RecordRetention {
    static final String REGISTRATION = "virtual-school-registration";

    private final String context;
    private final ContextDatabase database;
    private final RetentionTables tables;

    @Override
    public String context() {
        return context;
    }

    @Override
    public List<DueRecord> due(LocalDate date, long offset, int limit) {
        return tables.due(date, offset, limit).stream().map(this::record).toList();
    }

    @Override
    public long countDue(LocalDate date) {
        return tables.countDue(date);
    }

    @Override
    public Optional<DueRecord> dueRecord(String recordType, UUID recordId, LocalDate date) {
        return tables.find(recordType, recordId, date).map(this::record);
    }

    private DueRecord record(RetentionTables.Due due) {
        return new DueRecord(context, due.recordType(), due.recordId(), due.dueOn(), due.rule());
    }

    /** Once nothing here names the child, the pseudonym is forgotten: nothing links the records back. */
    private void detached(DSLContext dsl, UUID child) {
        RetentionTables.forgetIfDetached(dsl, database.schema(), child, Set.of());
    }

    public JooqRecordRetention(String context, ContextDatabase database) {
        this.context = context;
        this.database = database;
        this.tables = new RetentionTables(database, List.of(new RetentionTables.Kind(REGISTRATION, """
                select registration_id as record_id, (date_of_birth + interval '%d years')::date as due_on,
                       '%s'::text as rule
                  from education_skills.virtual_school_child where left_care_on is not null""".formatted(
                RetentionRule.CARE_RECORD.years(), RetentionRule.CARE_RECORD.id()))));
    }

    @Override
    public Optional<DueRecord> anonymise(String recordType, UUID recordId, LocalDate date) {
        return tables.anonymise(recordType, recordId, date, (dsl, id) -> {
            UUID child = RetentionTables.value(dsl, UUID.class, "select child_id from education_skills.virtual_school_child where registration_id = ?", id);
            UUID p = RetentionTables.pseudonymOf(dsl, database.schema(), child);
            dsl.execute("update education_skills.virtual_school_child set child_id = ?, upn = null where registration_id = ?",
                    p, id);
            dsl.execute("update education_skills.virtual_school_exclusion set child_id = ? where registration_id = ?", p, id);
            detached(dsl, child);
        }).map(this::record);
    }
}
