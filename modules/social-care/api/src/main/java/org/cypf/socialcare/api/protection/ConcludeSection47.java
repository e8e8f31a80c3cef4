package org.cypf.socialcare.api.protection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The section 47 enquiry's outcome.
 *
 * @param outcome NO_FURTHER_ACTION, CHILD_IN_NEED_PLAN or INITIAL_CONFERENCE
 */
public record ConcludeSection47(UUID enquiryId, LocalDate outcomeDate, String outcome, long version) {}
