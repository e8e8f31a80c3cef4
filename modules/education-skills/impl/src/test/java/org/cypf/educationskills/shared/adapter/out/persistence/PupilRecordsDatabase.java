package org.cypf.educationskills.shared.adapter.out.persistence;

import java.util.concurrent.atomic.AtomicInteger;
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
    private final AtomicInteger pupils = new AtomicInteger();

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

    /** A pupil this database knows, under a fresh valid UPN (the kernel's check letter): one per call. */
    public UniquePupilNumber aRegisteredPupil() {
        int n = pupils.getAndIncrement();
        UniquePupilNumber upn = UniquePupilNumber.withCheckLetter(
                String.format("2060000%02d%03d", 16 + n / 1000, n % 1000));
        registerPupil(upn);
        return upn;
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
