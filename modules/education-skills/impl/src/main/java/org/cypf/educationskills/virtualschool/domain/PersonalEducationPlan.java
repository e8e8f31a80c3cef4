package org.cypf.educationskills.virtualschool.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cypf.educationskills.settings.domain.SchoolCalendar;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.kernel.problem.Violations;

/**
 * A Personal Education Plan meeting for a child in care (statutory guidance "Promoting the education of looked-after
 * and previously looked-after children"): the first within 20 school days of entering care, then reviewed each term.
 * Each PEP answers the due date the child had when it was held, and sets the next: the end of the next school term
 * by the child's school calendar ({@link SchoolCalendar}, ADR 0049; approximated where no term dates are held).
 */
public record PersonalEducationPlan(UUID id, UUID registrationId, ChildId childId, LocalDate heldOn, LocalDate dueBy,
                                    LocalDate nextReviewBy, List<String> targets, BigDecimal pupilPremiumPlus) {
    public static final int MAX_TARGETS = 20;
    public static final int MAX_TARGET_LENGTH = 500;
    public static final BigDecimal MAX_PUPIL_PREMIUM_PLUS = new BigDecimal("100000");

    public PersonalEducationPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(childId, "childId");
        targets = List.copyOf(targets);
    }

    /**
     * The PEP held on {@code heldOn} for the child of {@code registration}, checked: held in this time in care and
     * not in the future; 1 to {@value #MAX_TARGETS} targets; pupil premium plus from 0 to 100,000 pounds in pence.
     */
    public static PersonalEducationPlan held(VirtualSchoolRegistration registration, LocalDate heldOn,
                                             List<String> targets, BigDecimal pupilPremiumPlus, LocalDate today) {
        return held(registration, heldOn, targets, pupilPremiumPlus, today, null);
    }

    /** As {@link #held(VirtualSchoolRegistration, LocalDate, List, BigDecimal, LocalDate)}, by the child's calendar. */
    public static PersonalEducationPlan held(VirtualSchoolRegistration registration, LocalDate heldOn,
                                             List<String> targets, BigDecimal pupilPremiumPlus, LocalDate today,
                                             SchoolCalendar calendar) {
        var v = new Violations();
        checkDetails(v, heldOn, targets, pupilPremiumPlus, today);
        if (heldOn != null) {
            v.check(!heldOn.isBefore(registration.enteredCareOn()), "heldOn",
                    "must not be before the child entered care (" + registration.enteredCareOn() + ")");
        }
        v.throwIfAny();
        return new PersonalEducationPlan(UUID.randomUUID(), registration.id(), registration.childId(), heldOn,
                registration.pepDueBy(),
                (calendar == null ? SchoolCalendar.approximate(WorkingDayCalendar.england()) : calendar)
                        .endOfNextTerm(heldOn), targets.stream().map(String::strip).toList(),
                pupilPremiumPlus == null ? null : pupilPremiumPlus.setScale(2));
    }

    /** The earliest date a PEP can have been held. */
    static final LocalDate FIRST_PEPS = LocalDate.of(2000, 1, 1);

    /**
     * What a PEP's details must be whatever the child: checked before the child's record is authorised, so a bad
     * request is refused without an access decision being audited (nothing changes for refused input).
     */
    public static void checkDetails(Violations v, LocalDate heldOn, List<String> targets, BigDecimal pupilPremiumPlus,
                                    LocalDate today) {
        if (heldOn == null) {
            v.add("heldOn", "is required");
        } else {
            v.check(!heldOn.isAfter(today), "heldOn", "must not be in the future");
            // PEPs began with the 2000 guidance on the education of young people in public care: an earlier date is a
            // typing error, refused here before any record is read (and so before any access decision is audited).
            v.check(!heldOn.isBefore(FIRST_PEPS), "heldOn", "must not be before " + FIRST_PEPS
                    + " (PEPs began with the 2000 guidance on the education of children in care)");
        }
        if (targets == null || targets.isEmpty() || targets.size() > MAX_TARGETS) {
            v.add("targets", "must hold 1 to " + MAX_TARGETS + " targets");
        } else {
            for (int i = 0; i < targets.size(); i++) {
                String t = targets.get(i);
                v.check(t != null && !t.isBlank() && t.length() <= MAX_TARGET_LENGTH, "targets[" + i + "]",
                        "must be a target of 1 to " + MAX_TARGET_LENGTH + " characters");
            }
        }
        if (pupilPremiumPlus != null) {
            v.check(pupilPremiumPlus.signum() >= 0 && pupilPremiumPlus.compareTo(MAX_PUPIL_PREMIUM_PLUS) <= 0
                    && pupilPremiumPlus.scale() <= 2, "pupilPremiumPlus", "must be from 0 to 100000 pounds, in pence");
        }
    }

    /** Held on or before the date it was due. */
    public boolean onTime() {
        return !heldOn.isAfter(dueBy);
    }
}
