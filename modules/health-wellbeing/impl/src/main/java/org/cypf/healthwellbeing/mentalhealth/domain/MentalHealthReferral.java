package org.cypf.healthwellbeing.mentalhealth.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Violations;

/**
 * A referral to children and young people's mental health services: its source (the CIN census referral source
 * list, which names schools as 2A: DOMAIN.md), the wait from referral to first contact, the contacts, and outcome
 * scores (SDQ total difficulties or YP-CORE, both 0-40) to compare over time.
 */
public final class MentalHealthReferral implements Versioned {
    /** CIN census referral sources (DOMAIN.md): individuals, schools and education, health, housing, LA, police, other. */
    public static final Set<String> SOURCES = Set.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E",
            "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");
    public static final Set<String> INSTRUMENTS = Set.of("SDQ", "YP-CORE");

    public record Score(String instrument, LocalDate scoredOn, int score) {}

    private final UUID id;
    private final ChildId childId;
    private final LocalDate receivedOn;
    private final String source;
    private final List<LocalDate> contacts;
    private final List<Score> scores;
    private final long version;

    private MentalHealthReferral(UUID id, ChildId childId, LocalDate receivedOn, String source, List<LocalDate> contacts,
                                 List<Score> scores, long version) {
        this.id = id;
        this.childId = childId;
        this.receivedOn = receivedOn;
        this.source = source;
        this.contacts = List.copyOf(contacts);
        this.scores = List.copyOf(scores);
        this.version = version;
    }

    @Rebuild
    public static MentalHealthReferral rebuild(UUID id, ChildId childId, LocalDate receivedOn, String source,
                                               List<LocalDate> contacts, List<Score> scores, long version) {
        return new MentalHealthReferral(id, childId, receivedOn, source, contacts, scores, version);
    }

    public static Changed<MentalHealthReferral> receive(UUID id, ChildId childId, LocalDate receivedOn, String source,
                                                        LocalDate today) {
        var v = new Violations();
        date(v, "receivedOn", receivedOn, null, today);
        if (!isSource(source)) {
            v.add("source", "must be a CIN census referral source (1A-1D, 2A school, 2B, 3A-3F, 4, 5A-5D, 6-10)");
        }
        v.throwIfAny();
        return Changed.to(new MentalHealthReferral(id, childId, receivedOn, source.strip(), List.of(), List.of(), 0));
    }

    public static boolean isSource(String source) {
        return source != null && SOURCES.contains(source.strip());
    }

    public Changed<MentalHealthReferral> recordContact(LocalDate on, LocalDate today) {
        var v = new Violations();
        date(v, "contactOn", on, receivedOn, today);
        v.throwIfAny();
        List<LocalDate> after = new ArrayList<>(contacts);
        after.add(on);
        after.sort(null);
        return Changed.to(new MentalHealthReferral(id, childId, receivedOn, source, after, scores, version + 1));
    }

    public Changed<MentalHealthReferral> recordScore(String instrument, LocalDate on, Integer score, LocalDate today) {
        var v = new Violations();
        if (instrument == null || !INSTRUMENTS.contains(instrument.strip())) {
            v.add("instrument", "must be SDQ or YP-CORE");
        }
        date(v, "scoredOn", on, receivedOn, today);
        if (score == null || score < 0 || score > 40) {
            v.add("score", "must be from 0 to 40");
        }
        v.throwIfAny();
        List<Score> after = new ArrayList<>(scores);
        after.add(new Score(instrument.strip(), on, score));
        return Changed.to(new MentalHealthReferral(id, childId, receivedOn, source, contacts, after, version + 1));
    }

    private static void date(Violations v, String field, LocalDate date, LocalDate notBefore, LocalDate today) {
        if (date == null) {
            v.add(field, "is required");
        } else if (date.isAfter(today)) {
            v.add(field, "must not be in the future");
        } else if (notBefore != null && date.isBefore(notBefore)) {
            v.add(field, "must not be before the referral (" + notBefore + ")");
        }
    }

    public LocalDate firstContactOn() {
        return contacts.isEmpty() ? null : contacts.getFirst();
    }

    /** Days from referral to first contact; null until the first contact. */
    public Long waitDays() {
        return contacts.isEmpty() ? null : ChronoUnit.DAYS.between(receivedOn, contacts.getFirst());
    }

    public UUID id() { return id; }
    public ChildId childId() { return childId; }
    public LocalDate receivedOn() { return receivedOn; }
    public String source() { return source; }
    public List<LocalDate> contacts() { return contacts; }
    public List<Score> scores() { return scores; }

    @Override
    public long version() {
        return version;
    }
}
