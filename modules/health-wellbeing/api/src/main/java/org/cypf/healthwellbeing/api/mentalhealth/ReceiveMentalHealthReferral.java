package org.cypf.healthwellbeing.api.mentalhealth;

import java.time.LocalDate;

/** A referral received; {@code source} is a CIN census referral source code (2A for a school). */
public record ReceiveMentalHealthReferral(String childId, LocalDate receivedOn, String source) {}
