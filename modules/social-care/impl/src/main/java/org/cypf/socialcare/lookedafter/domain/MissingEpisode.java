package org.cypf.socialcare.lookedafter.domain;

import static org.cypf.socialcare.shared.domain.Ssda903CodeList.MISSING;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * A time a looked-after child was missing from their placement (SSDA903 MISSING M) or away from it without
 * authorisation (A): MIS_START and, once they are back, MIS_END.
 */
public final class MissingEpisode implements Versioned {
    /** SSDA903 MISSING M: missing from placement (A is away without authorisation). */
    private static final String MISSING_FROM_PLACEMENT = "M";

    private final UUID id;
    private final ChildId childId;
    private final String kind;
    private final LocalDate startDate;
    private final LocalDate endDate;
    private final long version;

    private MissingEpisode(UUID id, ChildId childId, String kind, LocalDate startDate, LocalDate endDate, long version) {
        this.id = id;
        this.childId = childId;
        this.kind = kind;
        this.startDate = startDate;
        this.endDate = endDate;
        this.version = version;
    }

    /** The episode as persistence stored it; its rules were checked when it was recorded. */
    @Rebuild
    public static MissingEpisode rebuild(UUID id, ChildId childId, String kind, LocalDate startDate, LocalDate endDate,
                                         long version) {
        return new MissingEpisode(id, childId, kind, startDate, endDate, version);
    }

    /**
     * A child goes missing or away. They must be looked after on the day (in one of {@code periods}), and cannot be
     * missing twice at once: the episode may not overlap one already recorded.
     */
    public static Changed<MissingEpisode> start(UUID id, ChildId childId, String kind, LocalDate startDate,
                                                LocalDate endDate, List<PeriodOfCare> periods,
                                                List<MissingEpisode> recorded, LocalDate today, Ssda903Codes codes) {
        var v = new Violations();
        codes.refusal(MISSING, kind, startDate != null ? startDate : today).ifPresent(r -> v.add("kind", r));
        if (startDate == null) {
            v.add("startDate", "is required");
        } else if (startDate.isAfter(today)) {
            v.add("startDate", "must not be in the future");
        } else if (periods.stream().noneMatch(p -> p.includesDay(startDate))) {
            v.add("startDate", "the child was not looked after on this day");
        }
        checkEnd(v, startDate, endDate, today);
        v.throwIfAny();
        var episode = new MissingEpisode(id, childId, kind, startDate, endDate, 0);
        recorded.stream().filter(episode::overlaps).findFirst().ifPresent(other -> {
            throw new Conflict("the child is already recorded " + (other.isMissing() ? "missing" : "away")
                    + " from " + other.startDate() + (other.endDate() == null ? " (not yet back)" : " to " + other.endDate()));
        });
        return Changed.to(episode);
    }

    /**
     * An episode read from a national return's Missing file, which checked MIS_END against MIS_START; the import
     * checks that it overlaps none recorded. It is new: version 0.
     */
    public static MissingEpisode imported(ChildId childId, String kind, LocalDate startDate, LocalDate endDate) {
        return new MissingEpisode(UUID.randomUUID(), childId, kind, startDate, endDate, 0);
    }

    /** The child is back. @throws Conflict when the episode has already ended */
    public Changed<MissingEpisode> end(LocalDate on, LocalDate today) {
        if (endDate != null) {
            throw new Conflict("the child's return on " + endDate + " is already recorded");
        }
        var v = new Violations();
        if (on == null) {
            v.add("endDate", "is required");
        }
        checkEnd(v, startDate, on, today);
        v.throwIfAny();
        return Changed.to(endedOn(on));
    }

    /** The end a national return gives for this open episode (the return checked it against MIS_START). */
    public Changed<MissingEpisode> endAsReturned(LocalDate on) {
        return Changed.to(endedOn(on));
    }

    private MissingEpisode endedOn(LocalDate on) {
        return new MissingEpisode(id, childId, kind, startDate, on, version + 1);
    }

    private static void checkEnd(Violations v, LocalDate start, LocalDate end, LocalDate today) {
        if (end == null) {
            return;
        }
        if (start != null && end.isBefore(start)) {
            v.add("endDate", "must not be before the start (" + start + ")");
        } else if (end.isAfter(today)) {
            v.add("endDate", "must not be in the future");
        }
    }

    /** Whether the two share a day (an open episode runs on). */
    public boolean overlaps(MissingEpisode other) {
        return !id.equals(other.id)
                && (other.endDate == null || !startDate.isAfter(other.endDate))
                && (endDate == null || !other.startDate.isAfter(endDate));
    }

    /** Whether the episode began between {@code from} and {@code to}, both included. */
    public boolean startedBetween(LocalDate from, LocalDate to) {
        return !startDate.isBefore(from) && !startDate.isAfter(to);
    }

    /** Missing from placement (M), as opposed to away from it without authorisation (A). */
    public boolean isMissing() {
        return MISSING_FROM_PLACEMENT.equals(kind);
    }

    public UUID id() {
        return id;
    }

    public ChildId childId() {
        return childId;
    }

    /** SSDA903 MISSING: M missing, A away without authorisation. */
    public String kind() {
        return kind;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    @Override
    public long version() {
        return version;
    }
}
