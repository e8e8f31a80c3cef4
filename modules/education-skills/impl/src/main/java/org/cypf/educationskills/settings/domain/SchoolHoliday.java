package org.cypf.educationskills.settings.domain;

import java.time.LocalDate;

/** Days within a term a setting is closed: a half-term holiday, a training day, another closure. */
public record SchoolHoliday(String name, LocalDate firstDay, LocalDate lastDay) {
    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
