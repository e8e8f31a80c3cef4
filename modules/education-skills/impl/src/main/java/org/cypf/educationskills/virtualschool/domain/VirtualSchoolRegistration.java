package org.cypf.educationskills.virtualschool.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.educationskills.settings.domain.SchoolCalendar;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.UniquePupilNumber;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.time.WorkingDayCalendar;

/**
 * A child's time on the virtual school's roll, from entering care to leaving it.
 *
 * <p>The Personal Education Plan is due within 20 <em>school</em> days of entering care (statutory guidance,
 * "Promoting the education of looked-after children"), counted by the child's school calendar (ADR 0049): the term
 * dates of the setting the child was last reported at, else the local authority's. For a school year with no term
 * dates held, school days are approximated by working days: weekdays less England's bank holidays, which in school
 * holidays gives an earlier due date than the statute, never a later one.
 */
public record VirtualSchoolRegistration(UUID id, ChildId childId, UniquePupilNumber upn, LocalDate dateOfBirth,
                                        LocalDate enteredCareOn, LocalDate pepDueBy, LocalDate leftCareOn,
                                        long version) {
    public static final int PEP_DUE_WITHIN_SCHOOL_DAYS = 20;

    public static VirtualSchoolRegistration register(ChildId childId, UniquePupilNumber upn, LocalDate dateOfBirth,
                                                     LocalDate enteredCareOn, WorkingDayCalendar calendar) {
        LocalDate pepDue = calendar.addWorkingDays(enteredCareOn, PEP_DUE_WITHIN_SCHOOL_DAYS);
        return new VirtualSchoolRegistration(UUID.randomUUID(), childId, upn, dateOfBirth, enteredCareOn, pepDue,
                null, 0);
    }

    /** Registered, the first PEP due {@value #PEP_DUE_WITHIN_SCHOOL_DAYS} school days after entering care. */
    public static VirtualSchoolRegistration register(ChildId childId, UniquePupilNumber upn, LocalDate dateOfBirth,
                                                     LocalDate enteredCareOn, SchoolCalendar calendar) {
        LocalDate pepDue = calendar.addSchoolDays(enteredCareOn, PEP_DUE_WITHIN_SCHOOL_DAYS);
        return new VirtualSchoolRegistration(UUID.randomUUID(), childId, upn, dateOfBirth, enteredCareOn, pepDue,
                null, 0);
    }

    public VirtualSchoolRegistration leftCare(LocalDate on) {
        if (on.isBefore(enteredCareOn)) {
            throw InvalidInput.of("leftCareOn", "must not be before the child entered care");
        }
        return new VirtualSchoolRegistration(id, childId, upn, dateOfBirth, enteredCareOn, pepDueBy, on, version);
    }

    /**
     * The registration after {@code pep} was held: the next PEP is due by the review date it set. A PEP held earlier
     * than the latest one (recorded late) leaves the due date as it is.
     */
    public VirtualSchoolRegistration pepHeld(PersonalEducationPlan pep) {
        LocalDate next = pep.nextReviewBy().isAfter(pepDueBy) ? pep.nextReviewBy() : pepDueBy;
        return new VirtualSchoolRegistration(id, childId, upn, dateOfBirth, enteredCareOn, next, leftCareOn, version);
    }

    /**
     * The registration with its next PEP due date counted again by {@code calendar} (term dates that arrived or
     * changed after it was counted, ADR 0087): 20 school days after entering care while no PEP has been held in this
     * time in care, else the end of the term after the one the latest PEP ({@code lastPepHeldOn}) was held in.
     */
    public VirtualSchoolRegistration pepDueCountedBy(SchoolCalendar calendar, LocalDate lastPepHeldOn) {
        LocalDate due = lastPepHeldOn == null ? calendar.addSchoolDays(enteredCareOn, PEP_DUE_WITHIN_SCHOOL_DAYS)
                : calendar.endOfNextTerm(lastPepHeldOn);
        return new VirtualSchoolRegistration(id, childId, upn, dateOfBirth, enteredCareOn, due, leftCareOn, version);
    }

    public boolean isOnRoll() {
        return leftCareOn == null;
    }
}
