package org.cypf.educationskills.retention;

import static java.time.LocalDate.of;

import java.util.Set;
import java.util.UUID;
import org.cypf.educationskills.EducationSkillsContext;
import org.cypf.educationskills.api.virtualschool.RecordChildLeftCare;
import org.cypf.educationskills.api.virtualschool.RegisterChildInCare;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.RecordRetention;
import org.cypf.kernel.identity.ChildId;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.cypf.testing.context.RecordingChildRecordAccess;
import org.cypf.testing.contract.RecordRetentionContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Education's retention adapter runs the port's suite on a real PostgreSQL: the suite's record is the virtual school's
 * registration of a child who has left care, kept through the context's own use cases (due at the 75th birthday,
 * CARE-RECORD).
 */
class JooqRecordRetentionContractTest extends RecordRetentionContract {
    private static final Caller OFFICER = new Caller("vso.jones", "council", Set.of(), null);

    private static ContextDatabase education;
    private static EducationSkillsContext context;

    @BeforeAll
    static void start() {
        var target = TestDatabase.fresh("education retention contract");
        education = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "education_skills", 2);
        context = new EducationSkillsContext(education, RecordingChildRecordAccess.forPartners(Set.of("council")));
    }

    @AfterAll
    static void stop() {
        education.close();
    }

    @Override
    protected RecordRetention retention() {
        return context.recordRetention();
    }

    @Override
    protected void recordOneDueRecordOf(UUID child) {
        var school = context.virtualSchool();
        ChildId id = new ChildId(child);
        school.register(OFFICER, new RegisterChildInCare(id, null, of(2012, 4, 1), of(2024, 9, 2)));
        school.recordLeftCare(OFFICER, new RecordChildLeftCare(id, of(2025, 5, 30)));
    }
}
