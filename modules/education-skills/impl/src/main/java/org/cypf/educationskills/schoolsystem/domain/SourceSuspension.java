package org.cypf.educationskills.schoolsystem.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A suspension or permanent exclusion as the school information system holds it.
 *
 * @param type     the system's word: {@code Suspension} or {@code Permanent}
 * @param reason   the DfE reason code the school chose
 * @param sessions half days, which the system allows as a decimal; CYPF counts whole sessions
 */
public record SourceSuspension(long rowId, String upn, Integer urn, String type, String reason, LocalDate startDate,
                               BigDecimal sessions, Instant changedAt) {}
