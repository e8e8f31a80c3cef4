package org.cypf.socialcare.api.protection;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * An initial child protection conference not yet held, as its work queue shows it.
 *
 * @param conferenceDueDate CIN census InitialCPCtarget: 15 working days after the last strategy discussion
 */
public record ConferenceDue(UUID enquiryId, String childId, @Sensitive(PERSONAL) String localChildId,
                            LocalDate section47StartDate, LocalDate conferenceDueDate) {}
