package org.cypf.healthwellbeing.mentalhealth.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.regex.Pattern;
import org.cypf.kernel.measure.MeasureComputations;
import org.cypf.kernel.problem.Violations;

/**
 * One year's hospital admissions as a result of self-harm in one age band of an area, in OHID's Fingertips terms:
 * finished admission episodes with an external cause of intentional self-harm (ICD-10 X60-X84) in the financial year
 * starting {@code yearStarting}, of persons of the band's age at admission, and the area's mid-year population of
 * that age. Counts for an area: it names no child.
 */
public record SelfHarmAdmissions(String areaCode, LocalDate yearStarting, AgeBand band, int admissions,
                                 int population) {
    private static final Pattern AREA = Pattern.compile("[A-Z][0-9]{8}");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final BigDecimal PER_100000 = BigDecimal.valueOf(100_000);

    /**
     * Figures checked against their rules; violations are named {@code areaCode}, {@code year}, {@code ageBand},
     * {@code admissions} and {@code population}.
     *
     * @param year a financial year as Fingertips writes it, {@code 2018/19}
     * @throws org.cypf.kernel.problem.InvalidInput naming each rule broken
     */
    public static SelfHarmAdmissions of(String areaCode, String year, String ageBand, Long admissions,
                                        Long population, LocalDate today) {
        var v = new Violations();
        String area = areaCode == null ? "" : areaCode.strip();
        v.check(AREA.matcher(area).matches(), "areaCode", "must be an ONS area code, a letter and 8 digits (E06000021)");
        LocalDate starting = yearStarting(v, year, today);
        AgeBand band = AgeBand.byLabel(ageBand == null ? "" : ageBand.strip()).orElse(null);
        if (band == null) {
            v.add("ageBand", "must be 10-14, 15-19 or 20-24 (years)");
        }
        if (admissions == null) {
            v.add("admissions", "is required (a count Fingertips suppressed cannot be loaded)");
        } else {
            v.check(admissions >= 0 && admissions <= Integer.MAX_VALUE, "admissions", "must be a whole number from 0");
        }
        if (population == null) {
            v.add("population", "is required");
        } else if (population < 1 || population > Integer.MAX_VALUE) {
            v.add("population", "must be a whole number from 1");
        } else if (admissions != null && admissions > population) {
            v.add("admissions", "must not be more than the population (" + population + ")");
        }
        v.throwIfAny();
        return new SelfHarmAdmissions(area, starting, band, admissions.intValue(), population.intValue());
    }

    private static LocalDate yearStarting(Violations v, String year, LocalDate today) {
        var m = FINANCIAL_YEAR.matcher(year == null ? "" : year.strip());
        if (!m.matches()) {
            v.add("year", "must be one financial year as 2018/19");
            return null;
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
            v.add("year", "must be one financial year as 2018/19 (the second year follows the first)");
            return null;
        }
        LocalDate starting = LocalDate.of(start, Month.APRIL, 1);
        if (!starting.plusYears(1).minusDays(1).isBefore(today)) {
            v.add("year", "must have ended before today");
            return null;
        }
        return starting;
    }

    /** The band's crude rate per 100,000 of its population, as every measure's rate is rounded (ADR 0054). */
    public BigDecimal ratePer100000() {
        return MeasureComputations.oneDecimal(admissions * 100_000L, population);
    }

    /**
     * The financial year whose figures a measure at {@code asAt} reports: the latest to have ended by that day (the
     * year ending 31 March on or before it).
     */
    public static LocalDate latestYearEndedBy(LocalDate asAt) {
        LocalDate ended = LocalDate.of(asAt.getYear(), Month.MARCH, 31);
        if (asAt.isBefore(ended)) {
            ended = ended.minusYears(1);
        }
        return ended.minusYears(1).plusDays(1);
    }

    /** As Fingertips labels a financial year: {@code 2018/19}. */
    public static String label(LocalDate yearStarting) {
        return yearStarting.getYear() + "/" + String.format("%02d", (yearStarting.getYear() + 1) % 100);
    }

    /**
     * The 10-24 rate directly standardised to the 2013 European Standard Population, as Fingertips gives it: each
     * band's rate per 100,000 weighted by the band's standard population; 0 when no band is held. Only the bands
     * held are weighted, so a year missing a band is standardised over the others.
     */
    public static BigDecimal standardisedRate(Collection<SelfHarmAdmissions> bands) {
        BigDecimal weighted = BigDecimal.ZERO;
        long weights = 0;
        for (SelfHarmAdmissions b : bands) {
            weighted = weighted.add(BigDecimal.valueOf((long) b.admissions() * b.band().standardPopulation())
                    .multiply(PER_100000).divide(BigDecimal.valueOf(b.population()), 12, RoundingMode.HALF_UP));
            weights += b.band().standardPopulation();
        }
        return weights == 0 ? BigDecimal.ZERO.setScale(1)
                : weighted.divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
    }
}
