package org.cypf.educationskills.virtualschool.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cypf.educationskills.settings.domain.SchoolCalendar;
import org.cypf.educationskills.settings.port.SchoolCalendars;
import org.cypf.educationskills.settings.port.SchoolDayDeadlines;
import org.cypf.educationskills.virtualschool.domain.VirtualSchoolRegistration;
import org.cypf.educationskills.virtualschool.port.VirtualSchoolRoll;

/**
 * The virtual school's deadlines counted in school days: each open PEP's due date, counted again when the term dates
 * its child follows arrive or change (ADR 0087). Set-based: the children on the roll at the settings are read in one
 * query, the settings' term dates in one, each due date counted by the one rule of the domain
 * ({@link VirtualSchoolRegistration#pepDueCountedBy}) and the moved ones written in one statement, all in the unit of
 * work that changed the term dates. No child's record is opened for a person: the caller who changed the term dates
 * was authorised for that, and the count follows from it as the statutory duty does.
 */
public final class PepDueDates implements SchoolDayDeadlines {
    private final VirtualSchoolRoll roll;
    private final SchoolCalendars calendars;

    public PepDueDates(VirtualSchoolRoll roll, SchoolCalendars calendars) {
        this.roll = roll;
        this.calendars = calendars;
    }

    @Override
    public int termDatesChanged(Set<Integer> settings, boolean localAuthority) {
        if (settings.isEmpty() && !localAuthority) {
            return 0;
        }
        List<VirtualSchoolRoll.OpenPep> open = roll.openPeps(settings, localAuthority);
        Set<Integer> followed = new HashSet<>();
        open.forEach(p -> followed.add(p.setting()));
        Function<Integer, SchoolCalendar> calendarOf = calendars.ofSettings(followed);
        List<VirtualSchoolRegistration> moved = new ArrayList<>();
        for (VirtualSchoolRoll.OpenPep p : open) {
            VirtualSchoolRegistration counted = p.registration().pepDueCountedBy(calendarOf.apply(p.setting()),
                    p.lastHeldOn());
            if (!counted.pepDueBy().equals(p.registration().pepDueBy())) {
                moved.add(counted);
            }
        }
        if (!moved.isEmpty()) {
            roll.moveDueDates(moved);
        }
        return moved.size();
    }
}
