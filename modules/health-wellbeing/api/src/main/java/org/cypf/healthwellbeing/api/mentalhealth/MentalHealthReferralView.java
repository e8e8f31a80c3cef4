package org.cypf.healthwellbeing.api.mentalhealth;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/** A referral as it stands: its wait to first contact in days (null until then), contacts and outcome scores. */
public record MentalHealthReferralView(UUID referralId, String childId, LocalDate receivedOn, String source,
                                       @Nullable LocalDate firstContactOn, @Nullable Long waitDays,
                                       List<LocalDate> contacts, List<Score> outcomeScores, long version) {
    public MentalHealthReferralView {
        contacts = List.copyOf(contacts);
        outcomeScores = List.copyOf(outcomeScores);
    }

    public record Score(String instrument, LocalDate scoredOn, int score) {}
}
