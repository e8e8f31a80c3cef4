package org.cypf.socialcare.careleavers.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.cypf.socialcare.careleavers.adapter.out.persistence.JooqCareLeaverRecords;
import org.cypf.socialcare.careleavers.domain.BirthdayContact;
import org.cypf.socialcare.careleavers.domain.CareLeaver;
import org.cypf.socialcare.shared.adapter.out.persistence.JooqChildren;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Social care's care leaver measures, read through the jOOQ stores on a real PostgreSQL, pass governance's
 * measure-source suite (ADR 0097): a care leaver in touch and in full-time education (OC3 ACTIV F1) at a 19th
 * birthday ten days before the date, stored through the jOOQ care leaver records, is one more OC3 record in the year
 * and one more in education, employment or training.
 */
class CareLeaverMeasuresContractTest extends MeasureSourceContract {
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("care leaver measure contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected MeasureSource source() {
        return new CareLeaverMeasures(database.socialCare(), new JooqCareLeaverRecords(database.socialCare()),
                new JooqChildren(database.socialCare()), Clock.systemUTC());
    }

    @Override
    protected String context() {
        return "social-care";
    }

    @Override
    protected String keyMovedByOneFact() {
        return SocialCareMeasure.CARE_LEAVERS_IN_EET.key();
    }

    @Override
    protected void recordOneFact() {
        ChildId child = database.insertedChild("CLM-", asAt().minusDays(10).minusYears(19), "2");
        CareLeaver leaver = CareLeaver.rebuild(child, null, null, null,
                List.of(new BirthdayContact(19, "YES", "F1", "S1")), 1);
        database.socialCare().run(() -> new JooqCareLeaverRecords(database.socialCare()).update(leaver, 0));
    }
}
