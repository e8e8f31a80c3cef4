package org.cypf.socialcare.api.frontdoor;

import java.time.Instant;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * The front door's decision on a contact.
 *
 * @param decision one of NO_FURTHER_ACTION, INFORMATION_AND_ADVICE, STEP_DOWN_TO_EARLY_HELP, REFERRAL_FOR_ASSESSMENT,
 *                 STRATEGY_DISCUSSION
 * @param note     the reasons, in the decision maker's words, when given
 * @param version  the version of the contact the caller read (optimistic locking)
 */
public record DecideContact(UUID contactId, String decision, Instant decidedAt, @Nullable String note, long version) {}
