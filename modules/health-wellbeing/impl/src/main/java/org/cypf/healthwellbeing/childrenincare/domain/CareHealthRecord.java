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

    /** One check as recorded; {@code sdqScore} for SDQ only, {@code upToDate} for IMMUNISATIONS only. */
    public record HealthCheck(CheckKind kind, LocalDate checkedOn, Integer sdqScore, Boolean upToDate) {}

    /** What the record holds for the twelve months ending a date, in OC2's terms. */
    public record YearSummary(boolean healthAssessment, boolean teethCheck, boolean immunisationsUpToDate,
                              Integer sdqScore) {}

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
        } else if (upToDate != null) {
            v.add("upToDate", "is given for immunisations only");
        }
        v.throwIfAny();
        List<HealthCheck> after = new ArrayList<>(checks);
        after.add(new HealthCheck(kind, checkedOn, sdqScore, upToDate));
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
        return new YearSummary(assessed, teeth, immunised, sdq);
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
