package org.cypf.educationskills.api.settings;

import java.time.LocalDate;

/**
 * Days within a term a setting is closed: a half-term holiday, a training (INSET) day, another closure.
 *
 * @param name what the closure is, e.g. "Autumn half term" (1 to 100 characters)
 */
public record TermDatesHoliday(String name, LocalDate firstDay, LocalDate lastDay) {}
