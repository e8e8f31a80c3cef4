package org.cypf.socialcare.frontdoor.domain;

import static org.cypf.socialcare.shared.domain.CinCensusCodes.CodeList.REFERRAL_SOURCE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.DomainEvent;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.socialcare.shared.domain.CinCensusCodes;

/**
 * A contact about a child from anyone (a partner agency, a family member, the child): who made it (CIN census
 * referral source), the worry in the contact's own words and the family members it names; and the front door's
 * decision on it, due within one working day of receipt.
 *
 * <p>The timescale is counted in days in England: a contact received at any time of a day is due by the end of the
 * next working day (Monday to Friday, England and Wales bank holidays excepted). One received on a Friday, a weekend
 * or before a bank holiday is due on the next working day after that.
 */
public final class Contact implements Versioned {
    /** Days, and so timescales, are counted in England. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** Working Together 2023: a decision within one working day of receipt. */
    public static final int DECISION_WORKING_DAYS = 1;
    static final int MAX_WORRY = 20_000;
    static final int MAX_NAME = 200;
    static final int MAX_FAMILY_MEMBERS = 50;

    private final UUID id;
    private final ChildId childId;
    private final Instant receivedAt;
    private final String source;
    private final String referrerName;
    private final String referrerOrganisation;
    private final String worry;
    private final List<FamilyMember> familyMembers;
    private final ContactDecision decision;
    private final Instant decidedAt;
    private final String decidedBy;
    private final String decisionNote;
    private final UUID referralId;
    private final long version;

    private Contact(UUID id, ChildId childId, Instant receivedAt, String source, String referrerName,
                    String referrerOrganisation, String worry, List<FamilyMember> familyMembers,
                    ContactDecision decision, Instant decidedAt, String decidedBy, String decisionNote,
                    UUID referralId, long version) {
        this.id = id;
        this.childId = childId;
        this.receivedAt = receivedAt;
        this.source = source;
        this.referrerName = referrerName;
        this.referrerOrganisation = referrerOrganisation;
        this.worry = worry;
        this.familyMembers = List.copyOf(familyMembers);
        this.decision = decision;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.decisionNote = decisionNote;
        this.referralId = referralId;
        this.version = version;
    }

    /** A contact as stored: persistence only (ADR 0018). */
    @Rebuild
    public static Contact rebuild(UUID id, ChildId childId, Instant receivedAt, String source, String referrerName,
                                  String referrerOrganisation, String worry, List<FamilyMember> familyMembers,
                                  ContactDecision decision, Instant decidedAt, String decidedBy, String decisionNote,
                                  UUID referralId, long version) {
        return new Contact(id, childId, receivedAt, source, referrerName, referrerOrganisation, worry, familyMembers,
                decision, decidedAt, decidedBy, decisionNote, referralId, version);
    }

    /** The front door stepped the contact down to early help: family support is told. */
    public record SteppedDownToEarlyHelp(Contact contact) implements DomainEvent {}

    /** What a contact says when it is received. */
    public record Received(Instant receivedAt, String source, String referrerName, String referrerOrganisation,
                           String worry, List<FamilyMember> familyMembers) {}

    /**
     * Records a contact about {@code child}. Every broken rule is reported at once, by field.
     *
     * @param now the authority's now: a contact cannot be received in the future
     */
    public static Changed<Contact> record(UUID id, ChildId child, Received received, Instant now, CinCensusCodes codes) {
        var v = new Violations();
        Instant at = received.receivedAt();
        if (at == null) {
            v.add("receivedAt", "is required");
        } else if (at.isAfter(now)) {
            v.add("receivedAt", "must not be in the future");
        }
        LocalDate codesOn = at != null ? dayOf(at) : dayOf(now);
        codes.refusal(REFERRAL_SOURCE, received.source(), codesOn).ifPresent(r -> v.add("source", r));
        String worry = received.worry();
        if (worry == null || worry.isBlank()) {
            v.add("worry", "is required: the worry in the contact's own words");
        } else {
            v.check(worry.length() <= MAX_WORRY, "worry", "must be at most " + MAX_WORRY + " characters");
        }
        checkLength(v, "referrerName", received.referrerName());
        checkLength(v, "referrerOrganisation", received.referrerOrganisation());
        List<FamilyMember> members = received.familyMembers() == null ? List.of() : received.familyMembers();
        v.check(members.size() <= MAX_FAMILY_MEMBERS, "familyMembers", "must name at most " + MAX_FAMILY_MEMBERS + " people");
        for (int i = 0; i < members.size(); i++) {
            FamilyMember m = members.get(i);
            String field = "familyMembers[" + i + "]";
            if (m == null) {
                v.add(field, "is required");
                continue;
            }
            if (m.name() == null || m.name().isBlank()) {
                v.add(field + ".name", "is required");
            } else {
                checkLength(v, field + ".name", m.name());
            }
            checkLength(v, field + ".relationship", m.relationship());
        }
        v.throwIfAny();
        List<FamilyMember> named = members.stream()
                .map(m -> new FamilyMember(m.name().strip(), blankToNull(m.relationship()))).toList();
        return Changed.to(new Contact(id, child, at, received.source(), blankToNull(received.referrerName()),
                blankToNull(received.referrerOrganisation()), worry.strip(), named, null, null, null, null, null, 0));
    }

    /**
     * Records the front door's decision. A late decision is recorded (and shows as late); one before the contact
     * was received, or in the future, is refused. A decision to refer links the contact to {@code referral}, the
     * referral it opens; a step down to early help raises {@link SteppedDownToEarlyHelp}.
     *
     * @throws Conflict when the contact has already been decided
     */
    public Changed<Contact> decide(String decisionName, Instant at, String by, String note, Instant now, UUID referral) {
        if (isDecided()) {
            throw new Conflict("the contact has already been decided (" + decision + ")");
        }
        var v = new Violations();
        ContactDecision chosen = ContactDecision.parse(v, "decision", decisionName);
        if (at == null) {
            v.add("decidedAt", "is required");
        } else if (at.isBefore(receivedAt)) {
            v.add("decidedAt", "must not be before the contact was received (" + receivedAt + ")");
        } else if (at.isAfter(now)) {
            v.add("decidedAt", "must not be in the future");
        }
        if (note != null) {
            v.check(note.length() <= MAX_WORRY, "note", "must be at most " + MAX_WORRY + " characters");
        }
        v.throwIfAny();
        if (chosen.opensReferral() && referral == null) {
            throw new IllegalArgumentException("a decision to refer needs the id of the referral it opens");
        }
        Contact decided = new Contact(id, childId, receivedAt, source, referrerName, referrerOrganisation, worry,
                familyMembers, chosen, at, by, blankToNull(note), chosen.opensReferral() ? referral : null, version + 1);
        return chosen == ContactDecision.STEP_DOWN_TO_EARLY_HELP
                ? Changed.to(decided, new SteppedDownToEarlyHelp(decided)) : Changed.to(decided);
    }

    /** The day the contact was received, in England. */
    public LocalDate receivedOn() {
        return dayOf(receivedAt);
    }

    /** One working day after the day of receipt. */
    public LocalDate decisionDueOn() {
        return WorkingDayCalendar.england().addWorkingDays(receivedOn(), DECISION_WORKING_DAYS);
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedAt).map(Contact::dayOf);
    }

    public boolean isDecided() {
        return decision != null;
    }

    /** Whether the decision was made by the end of its due day; empty while undecided. */
    public Optional<Boolean> decidedWithinTimescale() {
        return decidedOn().map(d -> !d.isAfter(decisionDueOn()));
    }

    /** Whether, at the end of {@code date}, a decision had been recorded. */
    public boolean decidedByEndOf(LocalDate date) {
        return decidedOn().map(d -> !d.isAfter(date)).orElse(false);
    }

    /**
     * How the contact stands against the timescale at the end of {@code date}, if it breached or is about to:
     * decided late (on or before the date), or not decided by the end of the date although due by then. Empty for a
     * contact decided in time, one not yet due, or one received after the date.
     */
    public Optional<BreachStatus> breachAt(LocalDate date) {
        if (receivedOn().isAfter(date)) {
            return Optional.empty();
        }
        LocalDate due = decisionDueOn();
        if (decidedByEndOf(date)) {
            return decidedOn().get().isAfter(due) ? Optional.of(BreachStatus.DECIDED_LATE) : Optional.empty();
        }
        if (due.isBefore(date)) {
            return Optional.of(BreachStatus.UNDECIDED_PAST_DUE);
        }
        return due.equals(date) ? Optional.of(BreachStatus.UNDECIDED_DUE_TODAY) : Optional.empty();
    }

    /**
     * Whether the contact's timeliness is known at the end of {@code date}: it was decided by then, or its decision
     * was due by then (so, undecided, it has missed the timescale).
     */
    public boolean timelinessKnownAt(LocalDate date) {
        return !receivedOn().isAfter(date) && (decidedByEndOf(date) || !decisionDueOn().isAfter(date));
    }

    /** Decided by the end of {@code date} and within the timescale. */
    public boolean decidedInTimeAt(LocalDate date) {
        return decidedByEndOf(date) && decidedWithinTimescale().orElse(false);
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ENGLAND);
    }

    private static void checkLength(Violations v, String field, String text) {
        if (text != null) {
            v.check(text.length() <= MAX_NAME, field, "must be at most " + MAX_NAME + " characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID id() {
        return id;
    }

    public ChildId childId() {
        return childId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String source() {
        return source;
    }

    public String referrerName() {
        return referrerName;
    }

    public String referrerOrganisation() {
        return referrerOrganisation;
    }

    public String worry() {
        return worry;
    }

    public List<FamilyMember> familyMembers() {
        return familyMembers;
    }

    public ContactDecision decision() {
        return decision;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionNote() {
        return decisionNote;
    }

    public UUID referralId() {
        return referralId;
    }

    public long version() {
        return version;
    }
}
