package org.cypf.educationskills.api.settings;

import java.time.LocalDate;

/**
 * One term of a school year.
 *
 * @param term     {@code AUTUMN}, {@code SPRING} or {@code SUMMER}
 * @param firstDay the term's first day
 * @param lastDay  the term's last day; holidays within the term are listed apart
 */
public record TermDatesTerm(String term, LocalDate firstDay, LocalDate lastDay) {}
