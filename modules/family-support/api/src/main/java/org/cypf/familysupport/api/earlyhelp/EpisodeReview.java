package org.cypf.familysupport.api.earlyhelp;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/** A review of the family plan with the family and the team around it. */
public record EpisodeReview(LocalDate heldOn, String progress, @Nullable LocalDate nextReviewBy) {}
