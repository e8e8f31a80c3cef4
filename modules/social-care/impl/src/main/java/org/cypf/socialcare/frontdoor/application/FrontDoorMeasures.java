package org.cypf.socialcare.frontdoor.application;

import static org.cypf.socialcare.api.measure.ChildrenInNeedMeasure.CONTACTS_DECIDED_WITHIN_ONE_WORKING_DAY;

import java.time.Clock;
import java.util.List;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.port.Contacts;
import org.cypf.socialcare.shared.application.MeasureSet;

/**
 * The front door's measure for governance.
 *
 * <p><b>Contacts decided within one working day</b> (a local measure of Working Together 2023's timescale; the DfE
 * publishes none): of the contacts received in the 12 months to the date (by the day received in England) whose
 * timeliness is known at the end of the date — those decided by then, and those still undecided although their
 * decision was due by then — the percentage decided by the end of the working day after the day of receipt
 * (Monday to Friday, England and Wales bank holidays excepted). A contact received on a Friday or at a weekend is
 * due on the Monday. Contacts undecided and not yet due are left out: their timeliness is not yet known.
 */
public final class FrontDoorMeasures extends MeasureSet {
    static final String DEFINITION = "Contacts received in the 12 months to the date, decided by the end of the date "
            + "or due by then: % decided by the end of the working day after the day of receipt (England and Wales "
            + "bank holidays excepted); contacts undecided and not yet due are left out";

    public FrontDoorMeasures(UnitOfWork unitOfWork, Contacts contacts, Clock clock) {
        super("the front door", clock);
        define(CONTACTS_DECIDED_WITHIN_ONE_WORKING_DAY.key(), asAt -> {
            List<Contact> received = unitOfWork.inTransaction(() -> contacts.receivedBetween(yearTo(asAt), asAt));
            List<Contact> known = received.stream().filter(c -> c.timelinessKnownAt(asAt)).toList();
            long inTime = known.stream().filter(c -> c.decidedInTimeAt(asAt)).count();
            return percentage(CONTACTS_DECIDED_WITHIN_ONE_WORKING_DAY.key(), asAt, inTime, known.size(),
                    DEFINITION);
        });
    }
}
