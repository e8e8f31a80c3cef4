package org.cypf.familysupport.api.earlyhelp;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/** A review of the family plan, held once the plan is agreed. */
public record RecordEpisodeReview(UUID episodeId, long version, LocalDate heldOn, String progress,
                                  @Nullable LocalDate nextReviewBy) {}
