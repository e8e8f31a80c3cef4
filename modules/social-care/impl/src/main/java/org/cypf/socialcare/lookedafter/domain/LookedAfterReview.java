package org.cypf.socialcare.lookedafter.domain;

import static org.cypf.socialcare.shared.domain.Ssda903CodeList.REVIEW_CODE;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * A looked-after review held for a child (SSDA903 Reviews: REVIEW, REVIEW_CODE). A review is recorded once and not
 * changed after, so it stays at version 0.
 */
public final class LookedAfterReview implements Versioned {
    /** REVIEW_CODE PN0: the child was under 4 on the day, and only such a child is coded so. */
    private static final String UNDER_FOUR = "PN0";

    private final UUID id;
    private final UUID periodId;
    private final ChildId childId;
    private final LocalDate date;
    private final String participation;

    private LookedAfterReview(UUID id, UUID periodId, ChildId childId, LocalDate date, String participation) {
        this.id = id;
        this.periodId = periodId;
        this.childId = childId;
        this.date = date;
        this.participation = participation;
    }

    /** The review as persistence stored it; its rules were checked when it was recorded. */
    @Rebuild
    public static LookedAfterReview rebuild(UUID id, UUID periodId, ChildId childId, LocalDate date,
                                            String participation) {
        return new LookedAfterReview(id, periodId, childId, date, participation);
    }

    /**
     * Records a review of {@code period}'s child. The review is held while the child is looked after (from the first
     * day of the period to its last), not in the future; a child under 4 on the day is coded PN0 and only they are.
     *
     * @param earlier the reviews already recorded for the child: one review a day
     */
    public static Changed<LookedAfterReview> record(UUID id, PeriodOfCare period, Child child, LocalDate date,
                                           String participation, List<LookedAfterReview> earlier, LocalDate today,
                                           Ssda903Codes codes) {
        var v = new Violations();
        if (date == null) {
            v.add("date", "is required");
        } else if (date.isAfter(today)) {
            v.add("date", "must not be in the future");
        } else if (!period.includesDay(date)) {
            v.add("date", "must fall in the period of care (" + period.startDate() + " to "
                    + (period.endDate() == null ? "now" : period.endDate().toString()) + ")");
        }
        codes.refusal(REVIEW_CODE, participation, date != null ? date : today).ifPresent(r -> v.add("participation", r));
        if (date != null && v.list().stream().noneMatch(x -> x.field().equals("participation"))) {
            boolean underFour = date.isBefore(child.dateOfBirth().plusYears(4));
            if (underFour && !UNDER_FOUR.equals(participation)) {
                v.add("participation", "must be PN0: the child was under 4 on the day of the review (DfE rule 441)");
            } else if (!underFour && UNDER_FOUR.equals(participation)) {
                v.add("participation", "PN0 is for a child under 4; the child was " + ageOn(child, date) + " on the day (DfE rule 440)");
            }
        }
        v.throwIfAny();
        if (earlier.stream().anyMatch(r -> r.date().equals(date))) {
            throw new Conflict("a review of the child on " + date + " is already recorded");
        }
        return Changed.to(new LookedAfterReview(id, period.id(), child.id(), date, participation));
    }

    private static int ageOn(Child child, LocalDate date) {
        return java.time.Period.between(child.dateOfBirth(), date).getYears();
    }

    public UUID id() {
        return id;
    }

    public UUID periodId() {
        return periodId;
    }

    public ChildId childId() {
        return childId;
    }

    public LocalDate date() {
        return date;
    }

    /** SSDA903 REVIEW_CODE, how the child took part (PN0 for a child under 4, PN1-PN7 otherwise). */
    public String participation() {
        return participation;
    }

    @Override
    public long version() {
        return 0;
    }
}
