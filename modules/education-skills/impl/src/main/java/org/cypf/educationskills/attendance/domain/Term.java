package org.cypf.educationskills.attendance.domain;

/** The three terms of the school year, in the order the school census collects them. */
public enum Term {
    AUTUMN, SPRING, SUMMER
}
