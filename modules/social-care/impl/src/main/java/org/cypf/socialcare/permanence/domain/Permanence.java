package org.cypf.socialcare.permanence.domain;

import static org.cypf.socialcare.shared.domain.Ssda903CodeList.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * What is recorded about permanence for a child in one period of care: the plan for permanence (decisions over
 * time, the latest applies), whether the child had a permanence order before entering care (SSDA903 PrevPerm), and
 * the adoption steps the SSDA903 records in AD1 and PlacedAdoption. The steps the episodes already record (the
 * placement order: legal status E1; placed for adoption: placement A3-A6; adopted: REC E11/E12) are read from the
 * period, not recorded twice ({@link PermanenceJourney}).
 *
 * <p>Every change ({@link #decidePlan}, {@link #changeAdoption}, {@link #changePreviousPermanence}), a use case's or
 * an SSDA903 import's, moves the record to its next version; the import stores the last of its changes over the
 * version it read.
 */
public final class Permanence implements Versioned {
    /** A plan for permanence decided on a day. */
    public record PlanDecision(LocalDate decidedOn, PermanenceOption plan) {}

    /** SSDA903 PrevPerm: PREV_PERM (P1-P4, Z1), LA_PERM (the authority that made the order), DATE_PERM. */
    public record PreviousPermanence(String code, String authority, LocalDate date) {}

    /**
     * The adoption steps SSDA903 AD1 and PlacedAdoption hold.
     *
     * @param decisionDate        the decision that the child should be placed for adoption (AD1 DATE_INT,
     *                            PlacedAdoption DATE_PLACED)
     * @param matchedDate         matched with prospective adopters (DATE_MATCH)
     * @param decisionCeasedDate  the decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED)
     * @param decisionCeasedReason RD1-RD4 (REASON_PLACED_CEASED)
     */
    public record Adoption(LocalDate decisionDate, LocalDate matchedDate, Boolean adoptedByFosterCarer,
                           Integer numberOfAdopters, String sexOfAdopters, String legalStatusOfAdopters,
                           LocalDate decisionCeasedDate, String decisionCeasedReason) {
        public static final Adoption NONE = new Adoption(null, null, null, null, null, null, null, null);

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    private final UUID periodId;
    private final ChildId childId;
    private final List<PlanDecision> plans;
    private final PreviousPermanence previous;
    private final Adoption adoption;
    private final long version;

    private Permanence(UUID periodId, ChildId childId, List<PlanDecision> plans, PreviousPermanence previous,
                       Adoption adoption, long version) {
        this.periodId = periodId;
        this.childId = childId;
        this.plans = plans.stream().sorted(Comparator.comparing(PlanDecision::decidedOn)).toList();
        this.previous = previous;
        this.adoption = adoption == null ? Adoption.NONE : adoption;
        this.version = version;
    }

    /** A permanence record as stored: persistence only (ADR 0018). */
    @Rebuild
    public static Permanence rebuild(UUID periodId, ChildId childId, List<PlanDecision> plans,
                                     PreviousPermanence previous, Adoption adoption, long version) {
        return new Permanence(periodId, childId, plans, previous, adoption, version);
    }

    /** Nothing recorded yet about the period's permanence (version 0: what a first change quotes). */
    public static Permanence none(PeriodOfCare period) {
        return new Permanence(period.id(), period.childId(), List.of(), null, Adoption.NONE, 0);
    }

    /**
     * A plan for permanence decided on {@code decidedOn}: in the period (on or after it began, when that is known,
     * and not after it ended), not in the future, and not before the latest decision already recorded.
     */
    public Changed<Permanence> decidePlan(PeriodOfCare period, LocalDate decidedOn, String plan, LocalDate today) {
        var v = new Violations();
        PermanenceOption option = PermanenceOption.named(plan);
        if (plan == null || plan.isBlank()) {
            v.add("plan", "is required");
        } else if (option == null) {
            v.add("plan", "must be one of " + List.of(PermanenceOption.values()));
        }
        checkInPeriod(v, "decidedOn", decidedOn, period, today, true);
        if (decidedOn != null && !plans.isEmpty() && decidedOn.isBefore(plans.getLast().decidedOn())) {
            v.add("decidedOn", "must not be before the latest decision recorded (" + plans.getLast().decidedOn() + ")");
        }
        v.throwIfAny();
        if (plans.stream().anyMatch(p -> p.decidedOn().equals(decidedOn))) {
            throw new Conflict("a plan for permanence decided on " + decidedOn + " is already recorded");
        }
        List<PlanDecision> changed = new ArrayList<>(plans);
        changed.add(new PlanDecision(decidedOn, option));
        return next(new Permanence(periodId, childId, changed, previous, adoption, version));
    }

    /** The previous permanence order as one change: see {@link #recordPreviousPermanence}. */
    public Changed<Permanence> changePreviousPermanence(PreviousPermanence given, LocalDate childDateOfBirth,
                                                       LocalDate today, Ssda903Codes codes) {
        return next(recordPreviousPermanence(given, childDateOfBirth, today, codes));
    }

    /** The adoption steps as one change: see {@link #recordAdoption}. */
    public Changed<Permanence> changeAdoption(PeriodOfCare period, Adoption given, LocalDate today, Ssda903Codes codes) {
        return next(recordAdoption(period, given, today, codes));
    }

    /** {@code amended} as one change leaves it: at the version after this one. */
    private Changed<Permanence> next(Permanence amended) {
        return Changed.to(new Permanence(periodId, childId, amended.plans, amended.previous, amended.adoption,
                version + 1));
    }

    /** PrevPerm: Z1 (none) has no authority or date (DfE rule 635); otherwise each is given when known. */
    private Permanence recordPreviousPermanence(PreviousPermanence given, LocalDate childDateOfBirth, LocalDate today,
                                               Ssda903Codes codes) {
        var v = new Violations();
        codes.refusal(PREVIOUS_PERMANENCE, given.code(), today).ifPresent(r -> v.add("code", r));
        if ("Z1".equals(given.code())) {
            v.check(given.authority() == null, "authority", "must be blank with Z1 (no previous permanence) (DfE rule 635)");
            v.check(given.date() == null, "date", "must be blank with Z1 (no previous permanence) (DfE rule 635)");
        } else if (given.date() != null) {
            v.check(!given.date().isBefore(childDateOfBirth), "date", "must not be before the child's date of birth");
            v.check(!given.date().isAfter(today), "date", "must not be in the future");
        }
        if (given.authority() != null) {
            v.check(given.authority().matches("[0-9A-Za-z]{1,10}"), "authority", "must be the authority's code (1-10 letters or digits)");
        }
        v.throwIfAny();
        return new Permanence(periodId, childId, plans, given, adoption, version);
    }

    /**
     * The adoption steps, all at once (a step not yet taken is null). The decision is taken while the child is
     * looked after; matching follows the decision; the adopters' details come with the match; a decision that no
     * longer applies has a date on or after it and a reason (RD1-RD4), and then the child is not matched.
     */
    private Permanence recordAdoption(PeriodOfCare period, Adoption given, LocalDate today, Ssda903Codes codes) {
        var v = new Violations();
        checkInPeriod(v, "decisionDate", given.decisionDate(), period, today, false);
        LocalDate decision = given.decisionDate();
        if (given.matchedDate() != null) {
            if (decision == null) {
                v.add("matchedDate", "needs the decision that the child should be placed for adoption (DfE rule 333)");
            } else if (given.matchedDate().isBefore(decision)) {
                v.add("matchedDate", "must not be before the decision (" + decision + ") (DfE rule 333)");
            }
            v.check(!given.matchedDate().isAfter(today), "matchedDate", "must not be in the future");
        }
        boolean adopters = given.adoptedByFosterCarer() != null || given.numberOfAdopters() != null
                || given.sexOfAdopters() != null || given.legalStatusOfAdopters() != null;
        if (adopters && given.matchedDate() == null) {
            v.add("matchedDate", "is required with the adopters' details (DfE rule 151)");
        }
        LocalDate codesOn = decision != null ? decision : today;
        if (given.numberOfAdopters() != null) {
            v.check(given.numberOfAdopters() == 1 || given.numberOfAdopters() == 2, "numberOfAdopters", "must be 1 or 2");
        }
        if (given.sexOfAdopters() != null) {
            codes.refusal(SEX_OF_ADOPTERS, given.sexOfAdopters(), codesOn).ifPresent(r -> v.add("sexOfAdopters", r));
            if (given.numberOfAdopters() != null && given.sexOfAdopters().length() == 2
                    && given.sexOfAdopters().charAt(1) == '1' && given.numberOfAdopters() != 1) {
                v.add("sexOfAdopters", "names a single adopter, but numberOfAdopters is " + given.numberOfAdopters());
            }
        }
        if (given.legalStatusOfAdopters() != null) {
            codes.refusal(LEGAL_STATUS_OF_ADOPTERS, given.legalStatusOfAdopters(), codesOn)
                    .ifPresent(r -> v.add("legalStatusOfAdopters", r));
        }
        if (given.decisionCeasedDate() != null || given.decisionCeasedReason() != null) {
            if (decision == null) {
                v.add("decisionCeasedDate", "needs the decision that the child should be placed for adoption");
            } else if (given.decisionCeasedDate() == null) {
                v.add("decisionCeasedDate", "is required with a reason (DfE rule 119)");
            } else if (given.decisionCeasedDate().isBefore(decision)) {
                v.add("decisionCeasedDate", "must not be before the decision (" + decision + ")");
            } else if (given.decisionCeasedDate().isAfter(today)) {
                v.add("decisionCeasedDate", "must not be in the future");
            }
            codes.refusal(REASON_PLACED_CEASED, given.decisionCeasedReason(), codesOn)
                    .ifPresent(r -> v.add("decisionCeasedReason", r));
        }
        v.throwIfAny();
        return new Permanence(periodId, childId, plans, previous, given, version);
    }

    private static void checkInPeriod(Violations v, String field, LocalDate date, PeriodOfCare period, LocalDate today,
                                      boolean required) {
        if (date == null) {
            if (required) {
                v.add(field, "is required");
            }
            return;
        }
        if (date.isAfter(today)) {
            v.add(field, "must not be in the future");
        } else if (!period.beganBeforeTheRecordsHeld() && date.isBefore(period.startDate())) {
            v.add(field, "must not be before the child became looked after (" + period.startDate() + ")");
        } else if (period.endDate() != null && date.isAfter(period.endDate())) {
            v.add(field, "must not be after the period of care ended (" + period.endDate() + ")");
        }
    }

    public UUID periodId() {
        return periodId;
    }

    public ChildId childId() {
        return childId;
    }

    public List<PlanDecision> plans() {
        return plans;
    }

    /** The plan that applies: the latest decided. */
    public PermanenceOption currentPlan() {
        return plans.isEmpty() ? null : plans.getLast().plan();
    }

    public PreviousPermanence previous() {
        return previous;
    }

    public Adoption adoption() {
        return adoption;
    }

    public long version() {
        return version;
    }
}
