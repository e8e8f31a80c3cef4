package org.cypf.healthwellbeing.healthychild.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;

/**
 * A child in the healthy child programme, keyed by NHS number: the five mandated health visiting reviews, each with
 * its window and, once known, its outcome (done, missed or declined), and the school nursing contacts.
 */
public final class HealthyChild implements Versioned {

    public enum Outcome { DONE, MISSED, DECLINED }

    /** How a review ended, and on which day. */
    public record Result(Outcome outcome, LocalDate on) {}

    /** A school nursing contact by its 5-19 high impact area (1-6). */
    public record Contact(LocalDate contactOn, String schoolUrn, int highImpactArea) {}

    private final NhsNumber nhsNumber;
    private final ChildId childId;
    private final LocalDate dateOfBirth;
    private final Map<MandatedReview, Result> results;
    private final List<Contact> contacts;
    private final long version;

    private HealthyChild(NhsNumber nhsNumber, ChildId childId, LocalDate dateOfBirth, Map<MandatedReview, Result> results,
                         List<Contact> contacts, long version) {
        this.nhsNumber = nhsNumber;
        this.childId = childId;
        this.dateOfBirth = dateOfBirth;
        this.results = results.isEmpty() ? new EnumMap<>(MandatedReview.class) : new EnumMap<>(results);
        this.contacts = List.copyOf(contacts);
        this.version = version;
    }

    /** A child as stored: persistence only (ADR 0018). */
    @Rebuild
    public static HealthyChild rebuild(NhsNumber nhsNumber, ChildId childId, LocalDate dateOfBirth,
                                       Map<MandatedReview, Result> results, List<Contact> contacts, long version) {
        return new HealthyChild(nhsNumber, childId, dateOfBirth, results, contacts, version);
    }

    public static Changed<HealthyChild> register(NhsNumber nhsNumber, ChildId childId, LocalDate dateOfBirth,
                                                 LocalDate today) {
        var v = new Violations();
        if (dateOfBirth == null) {
            v.add("dateOfBirth", "is required");
        } else if (dateOfBirth.isAfter(today)) {
            v.add("dateOfBirth", "must not be in the future");
        }
        v.throwIfAny();
        return Changed.to(new HealthyChild(nhsNumber, childId, dateOfBirth, Map.of(), List.of(), 0));
    }

    /**
     * Records how a review ended. DONE and DECLINED on a day from its window's opening to today; MISSED only once
     * its window has closed. Each review's outcome is recorded once.
     */
    public Changed<HealthyChild> recordReview(String reviewName, String outcomeName, LocalDate on, LocalDate today) {
        var v = new Violations();
        MandatedReview review = MandatedReview.named(reviewName);
        if (review == null) {
            v.add("review", "must be " + MandatedReview.names());
        }
        Outcome outcome = null;
        try {
            outcome = outcomeName == null ? null : Outcome.valueOf(outcomeName.strip());
        } catch (IllegalArgumentException e) {
            // named below
        }
        if (outcome == null) {
            v.add("outcome", "must be DONE, MISSED or DECLINED");
        }
        if (on == null) {
            v.add("on", "is required");
        } else if (on.isAfter(today)) {
            v.add("on", "must not be in the future");
        } else if (review != null && outcome != null) {
            LocalDate opens = review.opensOn(dateOfBirth);
            LocalDate closes = review.closesOn(dateOfBirth);
            if (outcome == Outcome.MISSED && !on.isAfter(closes)) {
                v.add("on", "a review is missed only after its window closes: " + review.description()
                        + " closes on " + closes + " (health visiting mandated reviews)");
            } else if (outcome == Outcome.DONE && on.isBefore(opens)) {
                v.add("on", review.description() + " opens on " + opens + " (health visiting mandated reviews)");
            }
        }
        v.throwIfAny();
        Result earlier = results.get(review);
        if (earlier != null) {
            throw new Conflict(review.description() + " was recorded as " + earlier.outcome() + " on " + earlier.on());
        }
        Map<MandatedReview, Result> after = new EnumMap<>(MandatedReview.class);
        after.putAll(results);
        after.put(review, new Result(outcome, on));
        return Changed.to(new HealthyChild(nhsNumber, childId, dateOfBirth, after, contacts, version + 1));
    }

    public Changed<HealthyChild> recordContact(LocalDate on, String schoolUrn, Integer highImpactArea, LocalDate today) {
        var v = new Violations();
        if (on == null) {
            v.add("contactOn", "is required");
        } else if (on.isAfter(today)) {
            v.add("contactOn", "must not be in the future");
        } else if (on.isBefore(dateOfBirth)) {
            v.add("contactOn", "must not be before the child's birth");
        }
        String urn = schoolUrn == null || schoolUrn.isBlank() ? null : schoolUrn.strip();
        if (urn != null && !urn.matches("\\d{6}")) {
            v.add("schoolUrn", "must be a school's URN (6 digits)");
        }
        if (highImpactArea == null || highImpactArea < 1 || highImpactArea > 6) {
            v.add("highImpactArea", "must be a healthy child programme 5-19 high impact area, 1 to 6");
        }
        v.throwIfAny();
        List<Contact> after = new ArrayList<>(contacts);
        after.add(new Contact(on, urn, highImpactArea));
        return Changed.to(new HealthyChild(nhsNumber, childId, dateOfBirth, results, after, version + 1));
    }

    /** Whether the review was done by the day its window closes; null while no outcome is recorded. */
    public Boolean onTime(MandatedReview review) {
        Result r = results.get(review);
        return r == null ? null : r.outcome() == Outcome.DONE && !r.on().isAfter(review.closesOn(dateOfBirth));
    }

    public NhsNumber nhsNumber() { return nhsNumber; }
    public ChildId childId() { return childId; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public Map<MandatedReview, Result> results() { return Map.copyOf(results); }
    public List<Contact> contacts() { return contacts; }

    @Override
    public long version() {
        return version;
    }
}
