package org.cypf.socialcare.api.protection;

import java.time.LocalDate;
import java.util.UUID;

/** A further strategy discussion; {@code version} is the enquiry's version the caller read. */
public record AddStrategyDiscussion(UUID enquiryId, LocalDate discussionDate, long version) {}
