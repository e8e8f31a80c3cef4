package org.cypf.socialcare.api.protection;

import java.time.LocalDate;
import java.util.UUID;

/** The section 47 enquiry starts (CIN census S47ActualStartDate). */
public record StartSection47(UUID enquiryId, LocalDate startDate, long version) {}
