package org.cypf.familysupport.api.programme;

import java.time.LocalDate;

/** One session of an enrolment: its day and whether the child (or participant) attended. */
public record SessionAttendance(LocalDate sessionOn, boolean attended) {}
