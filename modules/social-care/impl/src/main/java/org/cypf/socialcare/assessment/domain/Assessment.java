package org.cypf.socialcare.assessment.domain;

import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.ASSESSMENT_FACTOR;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.socialcare.shared.domain.CinCensusCodes;

/**
 * A child and family assessment of a referral (CIN census Assessments group): started, completed and authorised,
 * with the factors identified at the end of assessment (CIN census codes) and an outcome.
 *
 * <p>Timescale (Working Together 2023; the DfE's CIN statistics): 45 working days from the <b>referral date</b> to
 * the date the assessment was authorised (AssessmentAuthorisationDate), England and Wales bank holidays excepted.
 */
public final class Assessment implements Versioned {
    public static final int WORKING_DAYS = 45;

    private final UUID id;
    private final UUID referralId;
    private final ChildId childId;
    private final LocalDate startDate;
    private final LocalDate dueDate;
    private final LocalDate completedDate;
    private final LocalDate authorisedDate;
    private final List<String> factors;
    private final AssessmentOutcome outcome;
    private final long version;

    private Assessment(UUID id, UUID referralId, ChildId childId, LocalDate startDate, LocalDate dueDate,
                       LocalDate completedDate, LocalDate authorisedDate, List<String> factors,
                       AssessmentOutcome outcome, long version) {
        this.id = id;
        this.referralId = referralId;
        this.childId = childId;
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.completedDate = completedDate;
        this.authorisedDate = authorisedDate;
        this.factors = List.copyOf(factors);
        this.outcome = outcome;
        this.version = version;
    }

    /** An assessment as stored: persistence only (ADR 0018). */
    @Rebuild
    public static Assessment rebuild(UUID id, UUID referralId, ChildId childId, LocalDate startDate, LocalDate dueDate,
                                     LocalDate completedDate, LocalDate authorisedDate, List<String> factors,
                                     AssessmentOutcome outcome, long version) {
        return new Assessment(id, referralId, childId, startDate, dueDate, completedDate, authorisedDate, factors,
                outcome, version);
    }

    /** The day an assessment of a referral made on {@code referralDate} is due to be authorised. */
    public static LocalDate dueDateFor(LocalDate referralDate) {
        return WorkingDayCalendar.england().addWorkingDays(referralDate, WORKING_DAYS);
    }

    /**
     * Starts an assessment of {@code referral}.
     *
     * @param inProgress whether another assessment of the referral is still in progress (only one at a time)
     * @throws Conflict when the referral is closed or another assessment of it is in progress
     */
    public static Changed<Assessment> start(UUID id, Referral referral, LocalDate startDate, boolean inProgress, LocalDate today) {
        if (referral.isClosed()) {
            throw new Conflict("the referral was closed on " + referral.closureDate() + "; record a new referral");
        }
        if (inProgress) {
            throw new Conflict("an assessment of this referral is already in progress");
        }
        var v = new Violations();
        if (startDate == null) {
            v.add("startDate", "is required");
        } else if (startDate.isBefore(referral.referralDate())) {
            v.add("startDate", "must not be before the referral date (" + referral.referralDate() + ")");
        } else if (startDate.isAfter(today)) {
            v.add("startDate", "must not be in the future");
        }
        v.throwIfAny();
        return Changed.to(new Assessment(id, referral.id(), referral.childId(), startDate,
                dueDateFor(referral.referralDate()), null, null, List.of(), null, 0));
    }

    /**
     * Completes the assessment: the dates it was completed and authorised, the factors identified at the end of
     * assessment and the outcome. Every broken rule is reported at once, by field.
     *
     * @throws Conflict when it has already been completed
     */
    public Changed<Assessment> complete(LocalDate completed, LocalDate authorised, List<String> identified, String outcomeName,
                               LocalDate today, CinCensusCodes codes) {
        if (isCompleted()) {
            throw new Conflict("the assessment was completed on " + completedDate);
        }
        var v = new Violations();
        if (completed == null) {
            v.add("completedDate", "is required");
        } else if (completed.isBefore(startDate)) {
            v.add("completedDate", "must not be before the assessment started (" + startDate + ")");
        } else if (completed.isAfter(today)) {
            v.add("completedDate", "must not be in the future");
        }
        if (authorised == null) {
            v.add("authorisedDate", "is required");
        } else if (completed != null && authorised.isBefore(completed)) {
            v.add("authorisedDate", "must not be before the assessment was completed");
        } else if (authorised.isAfter(today)) {
            v.add("authorisedDate", "must not be in the future");
        }
        LocalDate codesOn = authorised != null ? authorised : completed != null ? completed : today;
        checkFactors(v, "factors", identified, codesOn, codes);
        AssessmentOutcome chosen = AssessmentOutcome.parse(v, "outcome", outcomeName);
        v.throwIfAny();
        return Changed.to(new Assessment(id, referralId, childId, startDate, dueDate, completed, authorised, identified,
                chosen, version + 1));
    }

    /**
     * The CIN census rules for the factors identified at the end of assessment: at least one, each a factor code
     * valid in the collection year (DfE rule 8897Q, a query the DfE raises and CYPF refuses when recorded); none
     * twice (8898); and 21 (no factors identified) only on its own (8869).
     */
    public static void checkFactors(Violations v, String field, List<String> factors, LocalDate on, CinCensusCodes codes) {
        if (factors == null || factors.isEmpty()) {
            v.add(field, "is required: at least one factor identified at the end of assessment, or 21 (no factors "
                    + "identified) (DfE rule 8897Q)");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < factors.size(); i++) {
            String code = factors.get(i);
            String at = field + "[" + i + "]";
            codes.refusal(ASSESSMENT_FACTOR, code, on).ifPresent(r -> v.add(at, r + " (DfE rule 8897Q)"));
            if (code != null && !seen.add(code)) {
                v.add(at, "is given twice (DfE rule 8898)");
            }
        }
        if (factors.contains(CinCensusCodes.NO_FACTORS_IDENTIFIED) && factors.size() > 1) {
            v.add(field, "21 (no factors identified) must be recorded alone (DfE rule 8869)");
        }
    }

    public boolean isCompleted() {
        return completedDate != null;
    }

    /** Authorised by its due date (45 working days after the referral date); empty until authorised. */
    public Optional<Boolean> authorisedWithinTimescale() {
        return Optional.ofNullable(authorisedDate).map(d -> !d.isAfter(dueDate));
    }

    /** Working days from the referral date to authorisation; empty until authorised. */
    public Optional<Integer> workingDaysToAuthorisation(LocalDate referralDate) {
        return Optional.ofNullable(authorisedDate)
                .map(d -> WorkingDayCalendar.england().workingDaysBetween(referralDate, d));
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public ChildId childId() {
        return childId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate completedDate() {
        return completedDate;
    }

    public LocalDate authorisedDate() {
        return authorisedDate;
    }

    public List<String> factors() {
        return factors;
    }

    public AssessmentOutcome outcome() {
        return outcome;
    }

    public long version() {
        return version;
    }
}
