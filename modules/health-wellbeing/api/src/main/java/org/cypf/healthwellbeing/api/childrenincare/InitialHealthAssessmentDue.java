package org.cypf.healthwellbeing.api.childrenincare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child in care whose initial health assessment is not yet recorded, as its work queue shows it.
 *
 * @param ihaDueBy 20 working days after the child entered care
 * @param version  the record's version, for a check recorded from the queue
 */
public record InitialHealthAssessmentDue(UUID recordId, String childId, LocalDate enteredCareOn, LocalDate ihaDueBy,
                                         long version) {}
