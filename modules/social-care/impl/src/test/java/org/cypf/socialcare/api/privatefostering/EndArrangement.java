package org.cypf.socialcare.api.privatefostering;

import java.time.LocalDate;
import java.util.UUID;

/** The arrangement ended on {@code endDate}; {@code version} is the one the client read. */
public record EndArrangement(UUID arrangementId, LocalDate endDate, long version) {}
