package org.cypf.healthwellbeing.api.mentalhealth;

import java.time.LocalDate;
import java.util.UUID;

/** An outcome measure's score: {@code instrument} SDQ or YP-CORE, {@code score} 0-40. */
public record RecordOutcomeScore(UUID referralId, String instrument, LocalDate scoredOn, Integer score, long version) {}
