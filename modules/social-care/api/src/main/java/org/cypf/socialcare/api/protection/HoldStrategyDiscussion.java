package org.cypf.socialcare.api.protection;

import java.time.LocalDate;
import java.util.UUID;

/** The first strategy discussion about the child of a referral. */
public record HoldStrategyDiscussion(UUID referralId, LocalDate discussionDate) {}
