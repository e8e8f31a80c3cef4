package org.cypf.educationskills.shared.adapter.out.persistence;

import java.util.function.Supplier;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;

/**
 * A fresh database for a contract suite of education's pupil records (attendance, exclusions, results): the stores
 * run as education's role, and the pupils and settings their rows name (foreign keys) are registered first, by the
 * database's administrator, as the register and the pupil index would hold them.
 */
public final class PupilRecordsDatabase implements AutoCloseable {
    private final ContextDatabase education;
    private final CloseableDSLContext admin;

    private PupilRecordsDatabase(ContextDatabase education, CloseableDSLContext admin) {
        this.education = education;
        this.admin = admin;
    }

    public static PupilRecordsDatabase fresh(String name) {
        var db = TestDatabase.fresh(name);
        return new PupilRecordsDatabase(ContextDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(),
                db.password()), "education_skills", 4), DSL.using(db.jdbcUrl(), db.user(), db.password()));
    }

    /** Education's own database, for the store under test. */
    public ContextDatabase education() {
        return education;
    }

    public void registerPupil(UniquePupilNumber upn) {
        admin.execute("insert into education_skills.pupil (upn, child_id) values (?, gen_random_uuid())", upn.value());
    }

    public void registerSetting(int urn) {
        admin.execute("""
                insert into education_skills.setting (urn, name, type_of_establishment, phase_of_education)
                values (?, 'Contract Suite School', 'Community school', 'Primary') on conflict (urn) do nothing""", urn);
    }

    public <T> T inUnitOfWork(Supplier<T> work) {
        return education.inTransaction(work);
    }

    @Override
    public void close() {
        education.close();
        admin.close();
    }
}
