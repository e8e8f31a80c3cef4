package org.cypf.socialcare.frontdoor.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cypf.socialcare.shared.application.Measures;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.api.measure.ChildrenInNeedMeasure;
import org.cypf.socialcare.frontdoor.domain.Contact;
import org.cypf.socialcare.frontdoor.port.Contacts;

/**
 * The front door's measure for governance. Aggregates only: no child's record is read out, so no access is audited.
 *
 * <p><b>Contacts decided within one working day</b> (a local measure of Working Together 2023's timescale; the DfE
 * publishes none): of the contacts received in the 12 months to the date (by the day received in England) whose
 * timeliness is known at the end of the date — those decided by then, and those still undecided although their
 * decision was due by then — the percentage decided by the end of the working day after the day of receipt
 * (Monday to Friday, England and Wales bank holidays excepted). A contact received on a Friday or at a weekend is
 * due on the Monday. Contacts undecided and not yet due are left out: their timeliness is not yet known.
 */
public final class FrontDoorMeasures implements MeasureSource {
    static final String DEFINITION = "Contacts received in the 12 months to the date, decided by the end of the date "
            + "or due by then: % decided by the end of the working day after the day of receipt (England and Wales "
            + "bank holidays excepted); contacts undecided and not yet due are left out";

    private final UnitOfWork unitOfWork;
    private final Contacts contacts;
    private final Clock clock;

    public FrontDoorMeasures(UnitOfWork unitOfWork, Contacts contacts, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public Set<String> measureKeys() {
        return Set.of(ChildrenInNeedMeasure.CONTACTS_DECIDED_WITHIN_ONE_WORKING_DAY.key());
    }

    @Override
    public MeasureValue compute(String measureKey, LocalDate asAt) {
        if (!measureKey.equals(ChildrenInNeedMeasure.CONTACTS_DECIDED_WITHIN_ONE_WORKING_DAY.key())) {
            throw new NotFound("the front door computes no measure " + measureKey);
        }
        List<Contact> received = unitOfWork.inTransaction(() -> contacts.receivedBetween(yearStart(asAt), asAt));
        List<Contact> known = received.stream().filter(c -> c.timelinessKnownAt(asAt)).toList();
        long inTime = known.stream().filter(c -> c.decidedInTimeAt(asAt)).count();
        return percentage(measureKey, asAt, inTime, known.size(), DEFINITION, clock);
    }

    /** The first day of the 12 months to {@code asAt}: the day after the same date a year before. */
    public static LocalDate yearStart(LocalDate asAt) {
        return asAt.minusYears(1).plusDays(1);
    }

    /** A percentage rounded half up to one decimal place; 0 of 0 gives 0. */
    public static MeasureValue percentage(String key, LocalDate asAt, long numerator, long denominator,
                                          String definition, Clock clock) {
        BigDecimal value = denominator == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new MeasureValue(key, asAt, value, numerator, denominator,
                new Provenance(Measures.SOURCE, definition, clock.instant()));
    }
}
