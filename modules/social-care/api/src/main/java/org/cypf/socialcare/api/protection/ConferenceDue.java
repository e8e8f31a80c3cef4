package org.cypf.socialcare.api.protection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An initial child protection conference not yet held, as its work queue shows it.
 *
 * @param conferenceDueDate CIN census InitialCPCtarget: 15 working days after the last strategy discussion
 */
public record ConferenceDue(UUID enquiryId, String childId, String localChildId,
                            LocalDate section47StartDate, LocalDate conferenceDueDate) {}
