package org.cypf.socialcare.protection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.time.WorkingDayCalendar;
import org.cypf.socialcare.assessment.domain.Referral;

/**
 * The child protection response to one referral: one or more strategy discussions, the section 47 enquiry they
 * start, and the initial child protection conference (ICPC) it leads to. The CIN census's Section47 group is read
 * from it (S47ActualStartDate, InitialCPCtarget, DateOfInitialCPC, ICPCnotRequired).
 *
 * <p>Timescale (Working Together 2023): the ICPC within 15 working days of the <b>last</b> strategy discussion,
 * England and Wales bank holidays excepted. The due date moves when a further strategy discussion is held; none may
 * be held once the conference has been.
 */
public final class ChildProtectionEnquiry implements Versioned {
    public static final int ICPC_WORKING_DAYS = 15;

    private final UUID id;
    private final ChildId childId;
    private final UUID referralId;
    private final List<LocalDate> strategyDiscussions;
    private final LocalDate section47StartDate;
    private final Section47Outcome section47Outcome;
    private final LocalDate section47OutcomeDate;
    private final LocalDate conferenceDate;
    private final ConferenceOutcome conferenceOutcome;
    private final long version;

    private ChildProtectionEnquiry(UUID id, ChildId childId, UUID referralId, List<LocalDate> strategyDiscussions,
                                   LocalDate section47StartDate, Section47Outcome section47Outcome,
                                   LocalDate section47OutcomeDate, LocalDate conferenceDate,
                                   ConferenceOutcome conferenceOutcome, long version) {
        if (strategyDiscussions.isEmpty()) {
            throw new IllegalArgumentException("an enquiry starts with a strategy discussion");
        }
        this.id = id;
        this.childId = childId;
        this.referralId = referralId;
        this.strategyDiscussions = List.copyOf(strategyDiscussions);
        this.section47StartDate = section47StartDate;
        this.section47Outcome = section47Outcome;
        this.section47OutcomeDate = section47OutcomeDate;
        this.conferenceDate = conferenceDate;
        this.conferenceOutcome = conferenceOutcome;
        this.version = version;
    }

    /** An enquiry as stored: persistence only (ADR 0018). */
    @Rebuild
    public static ChildProtectionEnquiry rebuild(UUID id, ChildId childId, UUID referralId,
                                                 List<LocalDate> strategyDiscussions, LocalDate section47StartDate,
                                                 Section47Outcome section47Outcome, LocalDate section47OutcomeDate,
                                                 LocalDate conferenceDate, ConferenceOutcome conferenceOutcome,
                                                 long version) {
        return new ChildProtectionEnquiry(id, childId, referralId, strategyDiscussions, section47StartDate,
                section47Outcome, section47OutcomeDate, conferenceDate, conferenceOutcome, version);
    }

    /**
     * Opens the enquiry with its first strategy discussion.
     *
     * @throws Conflict when the referral is closed
     */
    public static Changed<ChildProtectionEnquiry> open(UUID id, Referral referral, LocalDate discussionDate, LocalDate today) {
        if (referral.isClosed()) {
            throw new Conflict("the referral was closed on " + referral.closureDate() + "; record a new referral");
        }
        var v = new Violations();
        if (discussionDate == null) {
            v.add("discussionDate", "is required");
        } else if (discussionDate.isBefore(referral.referralDate())) {
            v.add("discussionDate", "must not be before the referral date (" + referral.referralDate() + ")");
        } else if (discussionDate.isAfter(today)) {
            v.add("discussionDate", "must not be in the future");
        }
        v.throwIfAny();
        return Changed.to(new ChildProtectionEnquiry(id, referral.childId(), referral.id(), List.of(discussionDate),
                null, null, null, null, null, 0));
    }

    /**
     * A further strategy discussion; the conference is then due 15 working days after it.
     *
     * @throws Conflict once the conference has been held
     */
    public Changed<ChildProtectionEnquiry> withStrategyDiscussion(LocalDate date, LocalDate today) {
        if (conferenceDate != null) {
            throw new Conflict("the initial conference was held on " + conferenceDate + "; no further strategy discussion belongs to this enquiry");
        }
        var v = new Violations();
        LocalDate last = lastStrategyDiscussion();
        if (date == null) {
            v.add("discussionDate", "is required");
        } else if (!date.isAfter(last)) {
            v.add("discussionDate", "must be after the previous strategy discussion (" + last + ")");
        } else if (date.isAfter(today)) {
            v.add("discussionDate", "must not be in the future");
        }
        v.throwIfAny();
        List<LocalDate> discussions = new ArrayList<>(strategyDiscussions);
        discussions.add(date);
        return next(discussions, section47StartDate, section47Outcome, section47OutcomeDate, conferenceDate,
                conferenceOutcome);
    }

    /**
     * The section 47 enquiry starts (S47ActualStartDate).
     *
     * @throws Conflict when it has already started
     */
    public Changed<ChildProtectionEnquiry> startSection47(LocalDate date, LocalDate today) {
        if (section47StartDate != null) {
            throw new Conflict("the section 47 enquiry started on " + section47StartDate);
        }
        var v = new Violations();
        LocalDate first = strategyDiscussions.getFirst();
        if (date == null) {
            v.add("startDate", "is required");
        } else if (date.isBefore(first)) {
            v.add("startDate", "must not be before the strategy discussion that started it (" + first + ")");
        } else if (date.isAfter(today)) {
            v.add("startDate", "must not be in the future");
        }
        v.throwIfAny();
        return next(strategyDiscussions, date, null, null, null, null);
    }

    /**
     * The section 47 enquiry's outcome.
     *
     * @throws Conflict when the enquiry has not started or its outcome is already recorded
     */
    public Changed<ChildProtectionEnquiry> concludeSection47(LocalDate date, String outcomeName, LocalDate today) {
        if (section47StartDate == null) {
            throw new Conflict("the section 47 enquiry has not started");
        }
        if (section47Outcome != null) {
            throw new Conflict("the section 47 enquiry concluded on " + section47OutcomeDate + " (" + section47Outcome + ")");
        }
        var v = new Violations();
        if (date == null) {
            v.add("outcomeDate", "is required");
        } else if (date.isBefore(section47StartDate)) {
            v.add("outcomeDate", "must not be before the section 47 enquiry started (" + section47StartDate + ")");
        } else if (date.isAfter(today)) {
            v.add("outcomeDate", "must not be in the future");
        }
        Section47Outcome outcome = Section47Outcome.parse(v, "outcome", outcomeName);
        v.throwIfAny();
        return next(strategyDiscussions, section47StartDate, outcome, date, null, null);
    }

    /**
     * The initial child protection conference was held.
     *
     * @throws Conflict when the section 47 enquiry did not conclude that a conference is needed, or it was held already
     */
    public Changed<ChildProtectionEnquiry> holdInitialConference(LocalDate date, String outcomeName, LocalDate today) {
        if (conferenceDate != null) {
            throw new Conflict("the initial conference was held on " + conferenceDate);
        }
        if (section47Outcome != Section47Outcome.INITIAL_CONFERENCE) {
            throw new Conflict("an initial conference follows a section 47 enquiry concluded with outcome INITIAL_CONFERENCE");
        }
        var v = new Violations();
        LocalDate last = lastStrategyDiscussion();
        if (date == null) {
            v.add("conferenceDate", "is required");
        } else if (date.isBefore(section47StartDate) || date.isBefore(last)) {
            v.add("conferenceDate", "must not be before the section 47 enquiry started (" + section47StartDate
                    + ") or the last strategy discussion (" + last + ")");
        } else if (date.isAfter(today)) {
            v.add("conferenceDate", "must not be in the future");
        }
        ConferenceOutcome outcome = ConferenceOutcome.parse(v, "outcome", outcomeName);
        v.throwIfAny();
        return next(strategyDiscussions, section47StartDate, section47Outcome, section47OutcomeDate, date, outcome);
    }

    /** This enquiry as one change leaves it: at its next version. */
    private Changed<ChildProtectionEnquiry> next(List<LocalDate> discussions, LocalDate s47Start, Section47Outcome s47,
                                                 LocalDate s47Date, LocalDate conference, ConferenceOutcome outcome) {
        return Changed.to(new ChildProtectionEnquiry(id, childId, referralId, discussions, s47Start, s47, s47Date,
                conference, outcome, version + 1));
    }

    public LocalDate lastStrategyDiscussion() {
        return strategyDiscussions.getLast();
    }

    /** The ICPC target date: 15 working days after the last strategy discussion. */
    public LocalDate conferenceDueDate() {
        return WorkingDayCalendar.england().addWorkingDays(lastStrategyDiscussion(), ICPC_WORKING_DAYS);
    }

    /** Held by its due date; empty until held. */
    public Optional<Boolean> conferenceWithinTimescale() {
        return Optional.ofNullable(conferenceDate).map(d -> !d.isAfter(conferenceDueDate()));
    }

    /** CIN census ICPCnotRequired: the section 47 enquiry concluded without a conference. */
    public boolean conferenceNotRequired() {
        return section47Outcome != null && section47Outcome != Section47Outcome.INITIAL_CONFERENCE;
    }

    public boolean decidedOnAPlan() {
        return conferenceOutcome == ConferenceOutcome.CHILD_PROTECTION_PLAN;
    }

    public UUID id() {
        return id;
    }

    public ChildId childId() {
        return childId;
    }

    public UUID referralId() {
        return referralId;
    }

    public List<LocalDate> strategyDiscussions() {
        return strategyDiscussions;
    }

    public LocalDate section47StartDate() {
        return section47StartDate;
    }

    public Section47Outcome section47Outcome() {
        return section47Outcome;
    }

    public LocalDate section47OutcomeDate() {
        return section47OutcomeDate;
    }

    public LocalDate conferenceDate() {
        return conferenceDate;
    }

    public ConferenceOutcome conferenceOutcome() {
        return conferenceOutcome;
    }

    public long version() {
        return version;
    }
}
