package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import java.util.UUID;

/** A missing (M) or away (A) episode; {@code endDate} null while the child is not back. */
public record MissingEpisodeView(UUID missingId, String childId, String kind, LocalDate startDate, LocalDate endDate,
                                 long version) {}
