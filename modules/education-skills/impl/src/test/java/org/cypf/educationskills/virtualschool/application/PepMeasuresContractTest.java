package org.cypf.educationskills.virtualschool.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.educationskills.virtualschool.adapter.out.persistence.JooqVirtualSchoolRoll;
import org.cypf.educationskills.virtualschool.domain.PersonalEducationPlan;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.kernel.identity.ChildId;
import org.cypf.educationskills.shared.adapter.out.persistence.PupilRecordsDatabase;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The virtual school's measure of PEPs held on time, counted in SQL on a real PostgreSQL, passes governance's
 * measure-source suite (ADR 0097): a child on the roll whose PEP was held ten days before the date and five days
 * before it was due, stored through the jOOQ virtual school roll, is one more PEP held and one more held on time.
 */
class PepMeasuresContractTest extends MeasureSourceContract {
    private static PupilRecordsDatabase database;

    @BeforeAll
    static void open() {
        database = PupilRecordsDatabase.fresh("pep measure contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected String context() {
        return "education-skills";
    }


    @Override
    protected MeasureSource source() {
        return new PepMeasures(database.education(), new JooqVirtualSchoolRoll(database.education()),
                Clock.systemUTC());
    }

    @Override
    protected String keyMovedByOneFact() {
        return PepMeasures.PEPS_ON_TIME;
    }

    @Override
    protected void recordOneFact() {
        LocalDate held = asAt().minusDays(10);
        VirtualSchoolRegistration registration = new VirtualSchoolRegistration(UUID.randomUUID(), ChildId.newId(),
                database.aRegisteredPupil(), LocalDate.of(2012, 5, 1), held.minusDays(30), held.plusDays(5), null, 0);
        PersonalEducationPlan pep = new PersonalEducationPlan(UUID.randomUUID(), registration.id(),
                registration.childId(), held, held.plusDays(5), held.plusMonths(4), List.of("Reading age to 9"),
                new BigDecimal("250.00"));
        JooqVirtualSchoolRoll roll = new JooqVirtualSchoolRoll(database.education());
        database.education().run(() -> {
            roll.add(registration);
            roll.addPep(pep);
        });
    }
}
