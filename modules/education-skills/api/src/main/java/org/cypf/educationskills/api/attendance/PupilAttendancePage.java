package org.cypf.educationskills.api.attendance;

import java.util.List;

/** A page of one pupil's terms, latest first. */
public record PupilAttendancePage(List<TermAttendanceView> terms, int page, int size, long total) {
    public PupilAttendancePage {
        terms = List.copyOf(terms);
    }
}
