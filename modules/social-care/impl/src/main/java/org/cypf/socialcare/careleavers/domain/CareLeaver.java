package org.cypf.socialcare.careleavers.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * A young person owed leaving-care support: their pathway plan (from 16, reviewed at least every six months), their
 * personal adviser, and the OC3 record at each birthday from 17 to 21. Changes quote {@link #version()}: a use
 * case's change ({@link #plan}, {@link #recordBirthday}) moves the record to its next version; the SSDA903 import
 * gathers several birthdays ({@link #withBirthday}) into one stored change.
 */
public final class CareLeaver implements Versioned {
    private final ChildId childId;
    private final LocalDate pathwayPlanDate;
    private final String personalAdviser;
    private final LocalDate personalAdviserFrom;
    private final List<BirthdayContact> birthdays;
    private final long version;

    private CareLeaver(ChildId childId, LocalDate pathwayPlanDate, String personalAdviser,
                       LocalDate personalAdviserFrom, List<BirthdayContact> birthdays, long version) {
        this.childId = childId;
        this.pathwayPlanDate = pathwayPlanDate;
        this.personalAdviser = personalAdviser;
        this.personalAdviserFrom = personalAdviserFrom;
        this.birthdays = birthdays.stream().sorted(Comparator.comparingInt(BirthdayContact::age)).toList();
        this.version = version;
    }

    /** A care leaver's record as stored: persistence only (ADR 0018). */
    @Rebuild
    public static CareLeaver rebuild(ChildId childId, LocalDate pathwayPlanDate, String personalAdviser,
                                     LocalDate personalAdviserFrom, List<BirthdayContact> birthdays, long version) {
        return new CareLeaver(childId, pathwayPlanDate, personalAdviser, personalAdviserFrom, birthdays, version);
    }

    /** Nothing recorded yet (version 0: what a first change quotes). */
    public static CareLeaver none(ChildId childId) {
        return new CareLeaver(childId, null, null, null, List.of(), 0);
    }

    /**
     * The pathway plan (its latest date) and personal adviser. Only a young person owed leaving-care support has
     * them; the plan is made from 16, and the adviser is named with the day they took the young person on.
     */
    public Changed<CareLeaver> plan(Child child, LeavingCareEligibility eligibility, LocalDate planDate, String adviser,
                           LocalDate adviserFrom, LocalDate today) {
        var v = new Violations();
        LocalDate sixteenth = child.dateOfBirth().plusYears(16);
        if (planDate != null) {
            v.check(!planDate.isBefore(sixteenth), "pathwayPlanDate", "must not be before the 16th birthday (" + sixteenth + ")");
            v.check(!planDate.isAfter(today), "pathwayPlanDate", "must not be in the future");
        }
        if (adviser != null) {
            v.check(adviser.length() <= 200, "personalAdviser", "must be at most 200 characters");
            v.check(adviserFrom != null, "personalAdviserFrom", "is required with a personal adviser");
        } else if (adviserFrom != null) {
            v.add("personalAdviser", "is required with the day they took the young person on");
        }
        if (adviserFrom != null) {
            v.check(!adviserFrom.isAfter(today), "personalAdviserFrom", "must not be in the future");
            v.check(!adviserFrom.isBefore(sixteenth), "personalAdviserFrom", "must not be before the 16th birthday (" + sixteenth + ")");
        }
        v.throwIfAny();
        if (!eligibility.isCareLeaver()) {
            throw new Conflict("the young person is not owed leaving-care support (" + eligibility.category()
                    + ": " + eligibility.daysLookedAfterSince14() + " days looked after since their 14th birthday)");
        }
        return Changed.to(new CareLeaver(childId, planDate, adviser, adviserFrom, birthdays, version + 1));
    }

    /**
     * The OC3 record at the birthday of {@code contact.age()}, replacing any recorded for that age. It is made
     * around the birthday: not more than three months before it. The young person must have qualified for
     * leaving-care support by that birthday.
     */
    public Changed<CareLeaver> recordBirthday(Child child, int age, String inTouch, String activity, String accommodation,
                                     LeavingCareEligibility atBirthday, LocalDate today, Ssda903Codes codes) {
        LocalDate birthday = child.dateOfBirth().plusYears(age);
        var v = new Violations();
        BirthdayContact contact = BirthdayContact.check(age, inTouch, activity, accommodation, birthday, codes, v);
        if (age >= 17 && age <= 21 && birthday.isAfter(today.plusMonths(3))) {
            v.add("age", "the " + ordinal(age) + " birthday (" + birthday + ") is more than three months away");
        }
        v.throwIfAny();
        if (!atBirthday.isCareLeaver()) {
            throw new Conflict("the young person was not owed leaving-care support at their " + ordinal(age) + " birthday ("
                    + atBirthday.daysLookedAfterSince14() + " days looked after since their 14th birthday)");
        }
        return Changed.to(new CareLeaver(childId, pathwayPlanDate, personalAdviser, personalAdviserFrom,
                withBirthday(contact), version + 1));
    }

    /**
     * The OC3 record an SSDA903 import gives for the birthday of {@code contact.age()}, replacing any recorded for
     * that age: checked by the import's own rules for the file, so only the change is made here.
     */
    public Changed<CareLeaver> importBirthday(BirthdayContact contact) {
        return Changed.to(new CareLeaver(childId, pathwayPlanDate, personalAdviser, personalAdviserFrom,
                withBirthday(contact), version + 1));
    }

    private List<BirthdayContact> withBirthday(BirthdayContact contact) {
        List<BirthdayContact> changed = new ArrayList<>(birthdays.stream().filter(b -> b.age() != contact.age()).toList());
        changed.add(contact);
        return changed;
    }

    static String ordinal(int n) {
        return n + (n % 10 == 1 && n != 11 ? "st" : n % 10 == 2 && n != 12 ? "nd" : n % 10 == 3 && n != 13 ? "rd" : "th");
    }

    public ChildId childId() {
        return childId;
    }

    public LocalDate pathwayPlanDate() {
        return pathwayPlanDate;
    }

    /** A pathway plan is reviewed at least every six months. */
    public LocalDate pathwayPlanReviewDue() {
        return pathwayPlanDate == null ? null : pathwayPlanDate.plusMonths(6);
    }

    public String personalAdviser() {
        return personalAdviser;
    }

    public LocalDate personalAdviserFrom() {
        return personalAdviserFrom;
    }

    public List<BirthdayContact> birthdays() {
        return birthdays;
    }

    public long version() {
        return version;
    }
}
