package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import java.util.UUID;

/** The child is back: MIS_END. {@code version} is the one the caller read. */
public record EndMissingEpisode(UUID missingId, LocalDate endDate, long version) {}
