package org.cypf.educationskills.virtualschool.adapter.out.persistence;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.testing.contract.ChildRecordSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Education's subject access source on a real PostgreSQL passes governance's child record source suite (ADR 0097):
 * the records it gives are kept through the virtual school's own jOOQ roll, each a time in care that has ended (so a
 * child may have several, as a child who returns to care has).
 */
class JooqChildRecordSourceContractTest extends ChildRecordSourceContract {
    private static final AtomicInteger TIMES_IN_CARE = new AtomicInteger();
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("education child record source contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected ChildRecordSource source() {
        return new JooqChildRecordSource("education-skills", database.education());
    }

    @Override
    protected String context() {
        return "education-skills";
    }

    @Override
    protected ChildId aChild() {
        return ChildId.newId();
    }

    @Override
    protected void recordAbout(ChildId child) {
        UniquePupilNumber upn = database.aRegisteredPupil();
        LocalDate entered = LocalDate.of(2024, 9, 2).plusDays(TIMES_IN_CARE.getAndIncrement());
        VirtualSchoolRegistration timeInCare = new VirtualSchoolRegistration(UUID.randomUUID(), child, upn,
                LocalDate.of(2013, 5, 1), entered, entered.plusDays(28), entered.plusDays(60), 0);
        database.education().run(() -> new JooqVirtualSchoolRoll(database.education()).add(timeInCare));
    }
}
