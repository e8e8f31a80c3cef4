package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;

/**
 * @param dateCeased         as recorded (null: still an UASC)
 * @param returnedDateCeased DUC as the SSDA903 return gives it: the date ceased, or the 18th birthday for a child
 *                           who still is one
 */
public record UascView(String childId, boolean unaccompanied, LocalDate dateCeased, LocalDate returnedDateCeased,
                       long version) {}
