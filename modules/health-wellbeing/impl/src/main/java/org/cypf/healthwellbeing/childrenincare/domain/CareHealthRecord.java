package org.cypf.healthwellbeing.childrenincare.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.time.WorkingDayCalendar;

/**
 * A child in care's health for one period of care (statutory guidance "Promoting the health and well-being of
 * looked-after children", 2015): the initial health assessment within 20 working days of entering care, then review
 * health assessments every six months before the child's fifth birthday and every twelve months from it; dental
 * checks, immunisations and SDQ scores as the SSDA903 OC2 file counts them.
 */
public final class CareHealthRecord implements Versioned {
    public static final int IHA_WITHIN_WORKING_DAYS = 20;
    public static final int REVIEW_MONTHS_UNDER_FIVE = 6;
    public static final int REVIEW_MONTHS_FROM_FIVE = 12;
    public static final int SDQ_MAX = 40;

    /** The DfE's SDQ_REASON codes (SSDA903 OC2): why no SDQ score is returned. */
    public static final List<String> SDQ_REASONS = List.of("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5");
    /** SDQ1 ("the child was under 4 or over 16") and the ages an SDQ score is asked for (DfE rules 157, 186). */
    public static final int SDQ_FROM_AGE = 4;
    public static final int SDQ_UNDER_AGE = 17;
    /** HEALTH_CHECK (development assessments) is asked of a child under 5. */
    public static final int DEVELOPMENT_CHECK_UNDER_AGE = 5;

    /**
     * One check as recorded; {@code sdqScore} for SDQ only, {@code upToDate} for IMMUNISATIONS and DEVELOPMENT_CHECK,
     * {@code sdqReason} for SDQ_NOT_DONE, the interventions for SUBSTANCE_MISUSE.
     */
    public record HealthCheck(CheckKind kind, LocalDate checkedOn, Integer sdqScore, Boolean upToDate, String sdqReason,
                              Boolean interventionReceived, Boolean interventionOffered) {
        public HealthCheck(CheckKind kind, LocalDate checkedOn, Integer sdqScore, Boolean upToDate) {
            this(kind, checkedOn, sdqScore, upToDate, null, null, null);
        }
    }

    /**
     * What the record holds for the twelve months ending a date, in OC2's terms: {@code developmentUpToDate} null when
     * no development check was recorded; {@code sdqReason} the reason recorded, or SDQ1 when no score or reason is
     * recorded and the child was under 4 at the year's start or 17 at its end (DfE rule 157's reading of SDQ1);
     * the interventions null unless a substance misuse problem was identified.
     */
    public record YearSummary(boolean healthAssessment, boolean teethCheck, boolean immunisationsUpToDate,
                              Integer sdqScore, Boolean developmentUpToDate, boolean substanceMisuse,
                              Boolean interventionReceived, Boolean interventionOffered, String sdqReason) {
        public YearSummary(boolean healthAssessment, boolean teethCheck, boolean immunisationsUpToDate,
                           Integer sdqScore) {
            this(healthAssessment, teethCheck, immunisationsUpToDate, sdqScore, null, false, null, null, null);
        }
    }

    private final UUID id;
    private final ChildId childId;
    private final UUID periodId;
    private final LocalDate dateOfBirth;
    private final LocalDate enteredCareOn;
    private final LocalDate ihaDueBy;
    private final List<HealthCheck> checks;
    private final long version;

    private CareHealthRecord(UUID id, ChildId childId, UUID periodId, LocalDate dateOfBirth, LocalDate enteredCareOn,
                             LocalDate ihaDueBy, List<HealthCheck> checks, long version) {
        this.id = id;
        this.childId = childId;
        this.periodId = periodId;
        this.dateOfBirth = dateOfBirth;
        this.enteredCareOn = enteredCareOn;
        this.ihaDueBy = ihaDueBy;
        this.checks = List.copyOf(checks);
        this.version = version;
    }

    /** A record as stored: persistence only (ADR 0018). */
    @Rebuild
    public static CareHealthRecord rebuild(UUID id, ChildId childId, UUID periodId, LocalDate dateOfBirth,
                                           LocalDate enteredCareOn, LocalDate ihaDueBy, List<HealthCheck> checks,
                                           long version) {
        return new CareHealthRecord(id, childId, periodId, dateOfBirth, enteredCareOn, ihaDueBy, checks, version);
    }

    /** The child entered care: the initial health assessment falls due 20 working days later. */
    public static Changed<CareHealthRecord> open(UUID id, ChildId childId, UUID periodId, LocalDate dateOfBirth,
                                                 LocalDate enteredCareOn, WorkingDayCalendar calendar) {
        var v = new Violations();
        v.check(periodId != null, "periodId", "is required");
        v.check(dateOfBirth != null, "dateOfBirth", "is required");
        v.check(enteredCareOn != null, "enteredCareOn", "is required");
        if (dateOfBirth != null && enteredCareOn != null && enteredCareOn.isBefore(dateOfBirth)) {
            v.add("enteredCareOn", "must not be before the child's date of birth");
        }
        v.throwIfAny();
        return Changed.to(new CareHealthRecord(id, childId, periodId, dateOfBirth, enteredCareOn,
                calendar.addWorkingDays(enteredCareOn, IHA_WITHIN_WORKING_DAYS), List.of(), 0));
    }

    /** A check done. Every broken field is reported at once. */
    public Changed<CareHealthRecord> record(String kindName, LocalDate checkedOn, Integer sdqScore, Boolean upToDate,
                                            LocalDate today) {
        return record(kindName, checkedOn, sdqScore, upToDate, null, null, null, today);
    }

    /** A check done, with OC2's further fields (see {@link HealthCheck}). Every broken field is reported at once. */
    public Changed<CareHealthRecord> record(String kindName, LocalDate checkedOn, Integer sdqScore, Boolean upToDate,
                                            String sdqReason, Boolean interventionReceived,
                                            Boolean interventionOffered, LocalDate today) {
        var v = new Violations();
        CheckKind kind = CheckKind.parse(v, "kind", kindName);
        if (checkedOn == null) {
            v.add("checkedOn", "is required");
        } else if (checkedOn.isAfter(today)) {
            v.add("checkedOn", "must not be in the future");
        } else if (checkedOn.isBefore(dateOfBirth)) {
            v.add("checkedOn", "must not be before the child's date of birth");
        } else if (kind == CheckKind.HEALTH_ASSESSMENT && checkedOn.isBefore(enteredCareOn)) {
            v.add("checkedOn", "a health assessment for this period of care is on or after entering care ("
                    + enteredCareOn + ")");
        }
        if (kind == CheckKind.SDQ) {
            if (sdqScore == null) {
                v.add("sdqScore", "is required for an SDQ: the total difficulties score, 0 to " + SDQ_MAX);
            } else if (sdqScore < 0 || sdqScore > SDQ_MAX) {
                v.add("sdqScore", "must be from 0 to " + SDQ_MAX);
            }
        } else if (sdqScore != null) {
            v.add("sdqScore", "is given for an SDQ only");
        }
        if (kind == CheckKind.IMMUNISATIONS) {
            v.check(upToDate != null, "upToDate", "is required for immunisations: are they up to date for the child's age?");
        } else if (kind == CheckKind.DEVELOPMENT_CHECK) {
            v.check(upToDate != null, "upToDate", "is required for a development check: are the child's development "
                    + "assessments up to date?");
            if (checkedOn != null && !checkedOn.isBefore(dateOfBirth.plusYears(DEVELOPMENT_CHECK_UNDER_AGE))) {
                v.add("checkedOn", "a development check (OC2 HEALTH_CHECK) is of a child under 5");
            }
        } else if (upToDate != null) {
            v.add("upToDate", "is given for immunisations and development checks only");
        }
        if (kind == CheckKind.SDQ_NOT_DONE) {
            if (sdqReason == null || !SDQ_REASONS.contains(sdqReason)) {
                v.add("sdqReason", "is required when an SDQ was not done: one of " + SDQ_REASONS);
            } else if ("SDQ1".equals(sdqReason) && checkedOn != null && !checkedOn.isBefore(dateOfBirth.plusYears(SDQ_FROM_AGE))
                    && checkedOn.isBefore(dateOfBirth.plusYears(SDQ_UNDER_AGE))) {
                v.add("sdqReason", "SDQ1 (under 4 or over 16) is not the reason for a child aged 4 to 16 (DfE rule 157)");
            }
        } else if (sdqReason != null) {
            v.add("sdqReason", "is given for SDQ_NOT_DONE only");
        }
        if (kind == CheckKind.SUBSTANCE_MISUSE) {
            v.check(interventionReceived != null, "interventionReceived", "is required when a substance misuse problem "
                    + "is identified (DfE rule 192)");
            if (Boolean.FALSE.equals(interventionReceived)) {
                v.check(interventionOffered != null, "interventionOffered", "is required when no intervention was "
                        + "received: was one offered and refused?");
            }
        } else if (interventionReceived != null || interventionOffered != null) {
            v.add(interventionReceived != null ? "interventionReceived" : "interventionOffered",
                    "is given only when a substance misuse problem is identified (DfE rule 193)");
        }
        v.throwIfAny();
        List<HealthCheck> after = new ArrayList<>(checks);
        after.add(new HealthCheck(kind, checkedOn, sdqScore, upToDate, sdqReason, interventionReceived,
                interventionOffered));
        return Changed.to(new CareHealthRecord(id, childId, periodId, dateOfBirth, enteredCareOn, ihaDueBy, after,
                version + 1));
    }

    private List<HealthCheck> assessments() {
        return checks.stream().filter(c -> c.kind() == CheckKind.HEALTH_ASSESSMENT)
                .sorted((a, b) -> a.checkedOn().compareTo(b.checkedOn())).toList();
    }

    /** The initial health assessment: the first on or after entering care. */
    public Optional<LocalDate> initialAssessmentOn() {
        return assessments().stream().map(HealthCheck::checkedOn).findFirst();
    }

    /** Done by its due date; empty while not done. */
    public Optional<Boolean> initialAssessmentOnTime() {
        return initialAssessmentOn().map(on -> !on.isAfter(ihaDueBy));
    }

    /**
     * The initial assessment's due date until it is done; then six months after the latest assessment for a child
     * under 5 on that day, twelve months for a child of 5 or more. A child who turns 5 before a six-monthly review is
     * due keeps that earlier date: never later than the statute.
     */
    public LocalDate nextAssessmentDue() {
        List<HealthCheck> done = assessments();
        if (done.isEmpty()) {
            return ihaDueBy;
        }
        LocalDate last = done.getLast().checkedOn();
        boolean underFive = Period.between(dateOfBirth, last).getYears() < 5;
        return last.plusMonths(underFive ? REVIEW_MONTHS_UNDER_FIVE : REVIEW_MONTHS_FROM_FIVE);
    }

    /** What was done in the twelve months ending {@code yearEnding} (the day after it a year before, to it). */
    public YearSummary year(LocalDate yearEnding) {
        LocalDate from = yearEnding.minusYears(1);
        List<HealthCheck> inYear = checks.stream()
                .filter(c -> c.checkedOn().isAfter(from) && !c.checkedOn().isAfter(yearEnding))
                .sorted((a, b) -> a.checkedOn().compareTo(b.checkedOn())).toList();
        boolean assessed = inYear.stream().anyMatch(c -> c.kind() == CheckKind.HEALTH_ASSESSMENT);
        boolean teeth = inYear.stream().anyMatch(c -> c.kind() == CheckKind.DENTAL_CHECK);
        boolean immunised = inYear.stream().filter(c -> c.kind() == CheckKind.IMMUNISATIONS)
                .reduce((a, b) -> b).map(HealthCheck::upToDate).orElse(false);
        Integer sdq = inYear.stream().filter(c -> c.kind() == CheckKind.SDQ).reduce((a, b) -> b)
                .map(HealthCheck::sdqScore).orElse(null);
        Boolean development = inYear.stream().filter(c -> c.kind() == CheckKind.DEVELOPMENT_CHECK).reduce((a, b) -> b)
                .map(HealthCheck::upToDate).orElse(null);
        List<HealthCheck> misuse = inYear.stream().filter(c -> c.kind() == CheckKind.SUBSTANCE_MISUSE).toList();
        Boolean received = misuse.isEmpty() ? null : misuse.stream().anyMatch(c -> c.interventionReceived());
        Boolean offered = misuse.isEmpty() || received ? null
                : misuse.stream().anyMatch(c -> Boolean.TRUE.equals(c.interventionOffered()));
        String reason = null;
        if (sdq == null) {
            reason = inYear.stream().filter(c -> c.kind() == CheckKind.SDQ_NOT_DONE).reduce((a, b) -> b)
                    .map(HealthCheck::sdqReason).orElse(null);
            boolean outOfAge = dateOfBirth.plusYears(SDQ_FROM_AGE).isAfter(from.plusDays(1))
                    || !dateOfBirth.plusYears(SDQ_UNDER_AGE).isAfter(yearEnding);
            if (reason == null && outOfAge) {
                reason = "SDQ1";
            }
        }
        return new YearSummary(assessed, teeth, immunised, sdq, development, !misuse.isEmpty(), received, offered,
                reason);
    }

    public UUID id() {
        return id;
    }

    public ChildId childId() {
        return childId;
    }

    public UUID periodId() {
        return periodId;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public LocalDate enteredCareOn() {
        return enteredCareOn;
    }

    public LocalDate ihaDueBy() {
        return ihaDueBy;
    }

    public List<HealthCheck> checks() {
        return checks;
    }

    @Override
    public long version() {
        return version;
    }
}
