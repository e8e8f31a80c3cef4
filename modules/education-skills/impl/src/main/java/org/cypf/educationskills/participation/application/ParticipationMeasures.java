package org.cypf.educationskills.participation.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.cypf.educationskills.participation.port.ParticipationFigures;
import org.cypf.governance.api.measure.MeasureSource;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.governance.api.measure.Provenance;
import org.cypf.kernel.problem.NotFound;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Post-16 participation measures (S004's young people in EET; S001's NEET and EET), over the young people with an
 * activity recorded for the month the date falls in, those in custody left out as the DfE leaves them out (ADR 0047),
 * so that EET, NEET and not known add up to the whole cohort: the % in education, employment or training, NEET, and
 * not known
 * (NCCIS codes grouped as {@link org.cypf.educationskills.participation.domain.ActivityCode} says), rounded half up to
 * one decimal place with numerator and denominator (0 of 0: no value on the scorecard); and the count of apprentices (310).
 */
public final class ParticipationMeasures implements MeasureSource {
    public static final String SOURCE = "education-skills";
    public static final String EET = "education-skills.post16-eet";
    public static final String NEET = "education-skills.post16-neet";
    public static final String NOT_KNOWN = "education-skills.post16-not-known";
    public static final String APPRENTICESHIPS = "education-skills.post16-apprenticeships";

    private final UnitOfWork unitOfWork;
    private final ParticipationFigures figures;
    private final Clock clock;

    public ParticipationMeasures(UnitOfWork unitOfWork, ParticipationFigures figures, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public Set<String> measureKeys() {
        return Set.of(EET, NEET, NOT_KNOWN, APPRENTICESHIPS);
    }

    @Override
    public MeasureValue compute(String key, LocalDate asAt) {
        YearMonth month = YearMonth.from(asAt);
        var f = unitOfWork.inTransaction(() -> figures.of(month));
        String of = " of the young people with an activity recorded for " + month
                + " but those in custody (NCCIS activity codes, grouped as the NCCIS management information requirement)";
        return switch (key) {
            case EET -> percentage(key, asAt, f.eet(), f.youngPeople(), "In education, employment or training, %" + of);
            case NEET -> percentage(key, asAt, f.neet(), f.youngPeople(), "Not in education, employment or training "
                    + "(NEET active or inactive), %" + of);
            case NOT_KNOWN -> percentage(key, asAt, f.notKnown(), f.youngPeople(), "Activity not known, %" + of);
            case APPRENTICESHIPS -> new MeasureValue(key, asAt, BigDecimal.valueOf(f.apprenticeships()), null, null,
                    new Provenance(SOURCE, "Young people in an apprenticeship (NCCIS 310) in " + month, clock.instant()));
            default -> throw new NotFound("education and skills' participation computes no measure " + key);
        };
    }

    private MeasureValue percentage(String key, LocalDate asAt, long numerator, long denominator, String definition) {
        BigDecimal value = denominator == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new MeasureValue(key, asAt, value, numerator, denominator, new Provenance(SOURCE, definition,
                clock.instant()));
    }
}
