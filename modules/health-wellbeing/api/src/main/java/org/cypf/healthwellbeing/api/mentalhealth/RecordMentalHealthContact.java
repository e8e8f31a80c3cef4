package org.cypf.healthwellbeing.api.mentalhealth;

import java.time.LocalDate;
import java.util.UUID;

/** A contact with the child or young person; the caller last read the referral at {@code version}. */
public record RecordMentalHealthContact(UUID referralId, LocalDate contactOn, long version) {}
