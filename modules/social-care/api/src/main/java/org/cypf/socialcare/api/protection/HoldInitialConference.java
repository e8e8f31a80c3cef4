package org.cypf.socialcare.api.protection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The initial child protection conference was held (CIN census DateOfInitialCPC).
 *
 * @param outcome CHILD_PROTECTION_PLAN or NO_PLAN
 */
public record HoldInitialConference(UUID enquiryId, LocalDate conferenceDate, String outcome, long version) {}
