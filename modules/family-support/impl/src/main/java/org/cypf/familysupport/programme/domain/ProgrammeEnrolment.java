package org.cypf.familysupport.programme.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;

/**
 * A child (or a family, through its child) enrolled in a programme, with each session's attendance. Changes quote
 * {@link #version()}.
 */
public final class ProgrammeEnrolment implements Versioned {
    /** The programmes S000 names, and parenting programmes. */
    public enum Programme {
        /** Stoke's Family Matters programme, delivered with partners through the Family Hubs. */
        FAMILY_MATTERS,
        /** The DfE's Holiday Activities and Food programme: sessions in the school holidays, reach by free school meals. */
        HOLIDAY_ACTIVITIES_AND_FOOD,
        /** An evidence-based parenting programme attended by a parent. */
        PARENTING_PROGRAMME
    }

    /** One session: its day and whether it was attended. */
    public record Session(LocalDate sessionOn, boolean attended) {}

    public static final int MAX_PARTICIPANT = 200;
    /** A programme's sessions are bounded: a year of daily sessions and more. */
    public static final int MAX_SESSIONS = 400;

    private final UUID id;
    private final ChildId childId;
    private final Programme programme;
    private final LocalDate enrolledOn;
    private final String participant;
    private final UUID episodeId;
    private final Boolean freeSchoolMeals;
    private final List<Session> sessions;
    private final long version;

    private ProgrammeEnrolment(UUID id, ChildId childId, Programme programme, LocalDate enrolledOn, String participant,
                               UUID episodeId, Boolean freeSchoolMeals, List<Session> sessions, long version) {
        this.id = id;
        this.childId = childId;
        this.programme = programme;
        this.enrolledOn = enrolledOn;
        this.participant = participant;
        this.episodeId = episodeId;
        this.freeSchoolMeals = freeSchoolMeals;
        this.sessions = sessions.stream().sorted(Comparator.comparing(Session::sessionOn)).toList();
        this.version = version;
    }

    /** An enrolment as stored: persistence only (ADR 0018). */
    @Rebuild
    public static ProgrammeEnrolment rebuild(UUID id, ChildId childId, Programme programme, LocalDate enrolledOn,
                                             String participant, UUID episodeId, Boolean freeSchoolMeals,
                                             List<Session> sessions, long version) {
        return new ProgrammeEnrolment(id, childId, programme, enrolledOn, participant, episodeId, freeSchoolMeals,
                sessions, version);
    }

    /** Enrolled on {@code enrolledOn}, never in the future. */
    public static Changed<ProgrammeEnrolment> enrol(UUID id, ChildId childId, String programme, LocalDate enrolledOn,
                                                    String participant, UUID episodeId, Boolean freeSchoolMeals,
                                                    LocalDate today) {
        var v = new Violations();
        Programme p = null;
        if (programme == null || programme.isBlank()) {
            v.add("programme", "is required");
        } else {
            p = Arrays.stream(Programme.values()).filter(e -> e.name().equals(programme.strip())).findFirst()
                    .orElse(null);
            v.check(p != null, "programme", "must be one of " + Arrays.toString(Programme.values()));
        }
        if (enrolledOn == null) {
            v.add("enrolledOn", "is required");
        } else {
            v.check(!enrolledOn.isAfter(today), "enrolledOn", "must not be in the future");
        }
        String who = participant == null || participant.isBlank() ? null : participant.strip();
        v.check(who == null || who.length() <= MAX_PARTICIPANT, "participant",
                "must be at most " + MAX_PARTICIPANT + " characters");
        v.check(p != Programme.PARENTING_PROGRAMME || who != null, "participant",
                "is required on a parenting programme: the parent who attends");
        v.throwIfAny();
        return Changed.to(new ProgrammeEnrolment(id, childId, p, enrolledOn, who, episodeId, freeSchoolMeals,
                List.of(), 0));
    }

    /** A session on {@code sessionOn}, once per day, from the enrolment to today. */
    public Changed<ProgrammeEnrolment> recordSession(LocalDate sessionOn, boolean attended, LocalDate today) {
        var v = new Violations();
        if (sessionOn == null) {
            v.add("sessionOn", "is required");
        } else {
            v.check(!sessionOn.isBefore(enrolledOn), "sessionOn", "must not be before the enrolment (" + enrolledOn
                    + ")");
            v.check(!sessionOn.isAfter(today), "sessionOn", "must not be in the future");
        }
        v.throwIfAny();
        if (sessions.stream().anyMatch(s -> s.sessionOn().equals(sessionOn))) {
            throw new Conflict("a session on " + sessionOn + " is already recorded for this enrolment");
        }
        if (sessions.size() >= MAX_SESSIONS) {
            throw new Conflict("an enrolment holds at most " + MAX_SESSIONS + " sessions");
        }
        var more = new ArrayList<>(sessions);
        more.add(new Session(sessionOn, attended));
        return Changed.to(new ProgrammeEnrolment(id, childId, programme, enrolledOn, participant, episodeId,
                freeSchoolMeals, more, version + 1));
    }

    /** Sessions attended. */
    public int sessionsAttended() {
        return (int) sessions.stream().filter(Session::attended).count();
    }

    public UUID id() { return id; }
    public ChildId childId() { return childId; }
    public Programme programme() { return programme; }
    public LocalDate enrolledOn() { return enrolledOn; }
    public String participant() { return participant; }
    public UUID episodeId() { return episodeId; }
    public Boolean freeSchoolMeals() { return freeSchoolMeals; }
    public List<Session> sessions() { return sessions; }

    @Override
    public long version() {
        return version;
    }
}
