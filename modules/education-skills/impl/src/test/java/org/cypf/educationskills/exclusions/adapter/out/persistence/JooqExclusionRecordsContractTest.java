package org.cypf.educationskills.exclusions.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.educationskills.exclusions.port.ExclusionRecords;
import org.cypf.educationskills.exclusions.port.ExclusionRecordsContract;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The jOOQ exclusions on a real PostgreSQL (education's role and schema) pass the record store's suite (ADR 0097). */
class JooqExclusionRecordsContractTest extends ExclusionRecordsContract {
    private static ContextDatabase education;
    private static CloseableDSLContext admin;

    @BeforeAll
    static void open() {
        var db = TestDatabase.fresh("exclusion records contract");
        education = ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), db.password()),
                "education_skills", 4);
        admin = DSL.using(db.jdbcUrl(), db.user(), db.password());
    }

    @AfterAll
    static void close() {
        if (education != null) {
            education.close();
            admin.close();
        }
    }

    @Override
    protected ExclusionRecords exclusions() {
        return new JooqExclusionRecords(education);
    }

    /** Education's exclusions name a pupil it holds (a foreign key): the pupil is registered first. */
    @Override
    protected void registerPupil(UniquePupilNumber upn) {
        admin.execute("insert into education_skills.pupil (upn, child_id) values (?, gen_random_uuid())", upn.value());
    }

    /** And a setting it holds, as the register would hold it. */
    @Override
    protected void registerSetting(int urn) {
        admin.execute("""
                insert into education_skills.setting (urn, name, type_of_establishment, phase_of_education)
                values (?, 'Contract Suite School', 'Community school', 'Primary') on conflict (urn) do nothing""", urn);
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return education.inTransaction(work);
    }
}
