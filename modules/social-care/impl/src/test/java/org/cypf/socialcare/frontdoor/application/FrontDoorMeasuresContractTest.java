package org.cypf.socialcare.frontdoor.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.api.measure.ChildrenInNeedMeasure;
import org.cypf.socialcare.frontdoor.adapter.out.persistence.JooqContacts;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.domain.FamilyMember;
import org.cypf.socialcare.shared.adapter.out.persistence.SocialCareDatabase;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.testing.contract.MeasureSourceContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The front door's measure, read through the jOOQ contacts on a real PostgreSQL, passes governance's measure-source
 * suite (ADR 0097): a contact received on a Monday morning before the date and decided that afternoon, stored through
 * the jOOQ contacts, is one more contact whose timeliness is known and one more decided in time.
 */
class FrontDoorMeasuresContractTest extends MeasureSourceContract {
    private static final Instant NOW = Instant.parse("2026-01-05T12:00:00Z");
    private static SocialCareDatabase database;

    @BeforeAll
    static void open() {
        database = SocialCareDatabase.fresh("front door measure contract");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected MeasureSource source() {
        return new FrontDoorMeasures(database.socialCare(), new JooqContacts(database.socialCare()), Clock.systemUTC());
    }

    @Override
    protected String context() {
        return "social-care";
    }

    @Override
    protected String keyMovedByOneFact() {
        return ChildrenInNeedMeasure.CONTACTS_DECIDED_WITHIN_ONE_WORKING_DAY.key();
    }

    @Override
    protected void recordOneFact() {
        ChildId child = database.insertedChild("FD-", LocalDate.of(2014, 2, 1), "1");
        Contact contact = Contact.record(UUID.randomUUID(), child, new Contact.Received(
                Instant.parse("2025-03-17T09:00:00Z"), "6", "A teacher", "Hill School", "bruises seen on arrival",
                List.of(new FamilyMember("Sam Smith", "mother"))), NOW, CinCensusCodes.standard()).after();
        Contact decided = contact.decide("INFORMATION_AND_ADVICE", Instant.parse("2025-03-17T15:00:00Z"),
                "duty worker", "no role for social care", NOW, null).after();
        JooqContacts contacts = new JooqContacts(database.socialCare());
        database.socialCare().run(() -> contacts.add(contact));
        database.socialCare().run(() -> contacts.update(decided, contact.version()));
    }
}
