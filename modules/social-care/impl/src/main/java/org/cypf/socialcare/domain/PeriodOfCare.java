package org.cypf.socialcare.domain;

import static org.cypf.socialcare.domain.Ssda903CodeList.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;

/**
 * A continuous time a child is looked after, made of SSDA903 episodes. The aggregate that keeps a child's care
 * history consistent: episodes follow one another without gaps, only the last may be open, and the period ends
 * when its last episode ends with a reason other than X1 (which means a new episode follows).
 */
public final class PeriodOfCare {
    /** Legal statuses of an agreed series of short breaks: these children are not counted as looked after. */
    private static final List<String> SHORT_BREAKS = List.of("V3", "V4");

    private final UUID id;
    private final ChildId childId;
    private final List<Episode> episodes;
    private final long version;

    public PeriodOfCare(UUID id, ChildId childId, List<Episode> episodes, long version) {
        if (episodes.isEmpty()) {
            throw new IllegalArgumentException("a period of care has at least one episode");
        }
        this.id = id;
        this.childId = childId;
        this.episodes = List.copyOf(episodes);
        this.version = version;
    }

    /** The first placement and legal status of a child who starts to be looked after (RNE S). */
    public record FirstEpisode(LocalDate startDate, String legalStatus, String categoryOfNeed, String placementType,
                               String placementProvider, Postcode placementPostcode, Postcode homePostcode,
                               String placementUrn) {}

    /**
     * Starts a period of care for {@code child}. Every broken rule is reported at once, by field.
     *
     * @param previousEnd the end of the child's latest earlier period of care, or null when there is none: a new
     *                    period may not start inside it (the child would be looked after twice at once)
     * @param today       the authority's today: a period cannot start in the future
     */
    public static PeriodOfCare start(UUID id, Child child, FirstEpisode first, LocalDate previousEnd, LocalDate today,
                                     Ssda903Codes codes) {
        var v = new Violations();
        LocalDate start = first.startDate();
        if (start == null) {
            v.add("startDate", "is required");
        } else {
            if (start.isAfter(today)) {
                v.add("startDate", "must not be in the future");
            }
            if (start.isBefore(child.dateOfBirth())) {
                v.add("startDate", "must not be before the child's date of birth");
            }
            if (previousEnd != null && start.isBefore(previousEnd)) {
                v.add("startDate", "must not be before the end of the child's previous period of care (" + previousEnd + ")");
            }
        }
        LocalDate codesOn = start != null ? start : today;
        codes.refusal(LEGAL_STATUS, first.legalStatus(), codesOn).ifPresent(r -> v.add("legalStatus", r));
        codes.refusal(CATEGORY_OF_NEED, first.categoryOfNeed(), codesOn).ifPresent(r -> v.add("categoryOfNeed", r));
        codes.refusal(PLACEMENT_TYPE, first.placementType(), codesOn).ifPresent(r -> v.add("placement.placementType", r));
        codes.refusal(PLACEMENT_PROVIDER, first.placementProvider(), codesOn).ifPresent(r -> v.add("placement.provider", r));
        if (first.placementUrn() != null) {
            v.check(first.placementUrn().matches("(SC|EY)?[0-9]{6,7}"), "placement.urn", "must be an Ofsted URN such as SC123456");
        }
        v.throwIfAny();
        var episode = new Episode(UUID.randomUUID(), start, "S", first.legalStatus(), first.categoryOfNeed(),
                first.placementType(), first.placementProvider(), first.placementPostcode(), first.homePostcode(),
                first.placementUrn(), null, null);
        return new PeriodOfCare(id, child.id(), List.of(episode), 0);
    }

    /**
     * Ends the period: the open episode ends on {@code endDate} with {@code reasonCeased}.
     *
     * @throws Conflict when the period has already ended
     */
    public PeriodOfCare end(LocalDate endDate, String reasonCeased, LocalDate today, Ssda903Codes codes) {
        if (!isOpen()) {
            throw new Conflict("the period of care has already ended");
        }
        var v = new Violations();
        Episode last = lastEpisode();
        if (endDate == null) {
            v.add("endDate", "is required");
        } else if (endDate.isBefore(last.startDate())) {
            v.add("endDate", "must not be before the start of the current episode (" + last.startDate() + ")");
        } else if (endDate.isAfter(today)) {
            v.add("endDate", "must not be in the future");
        }
        if ("X1".equals(reasonCeased)) {
            v.add("reasonCeased", "X1 means a new episode follows; give the reason the child stopped being looked after");
        } else {
            codes.refusal(REASON_EPISODE_CEASED, reasonCeased, endDate != null ? endDate : today)
                    .ifPresent(r -> v.add("reasonCeased", r));
        }
        v.throwIfAny();
        List<Episode> changed = new ArrayList<>(episodes);
        changed.set(changed.size() - 1, last.ended(endDate, reasonCeased));
        return new PeriodOfCare(id, childId, changed, version);
    }

    /** Looked after at the end of {@code date}, as the SSDA903 counts: started by then, not ceased by then, not short breaks. */
    public boolean countsAsLookedAfterOn(LocalDate date) {
        return episodes.stream().anyMatch(e -> !e.startDate().isAfter(date)
                && (e.endDate() == null || e.endDate().isAfter(date))
                && !SHORT_BREAKS.contains(e.legalStatus()));
    }

    public static List<String> shortBreakLegalStatuses() {
        return SHORT_BREAKS;
    }

    public UUID id() {
        return id;
    }

    public ChildId childId() {
        return childId;
    }

    public List<Episode> episodes() {
        return episodes;
    }

    public long version() {
        return version;
    }

    public LocalDate startDate() {
        return episodes.getFirst().startDate();
    }

    public LocalDate endDate() {
        return lastEpisode().endDate();
    }

    public String reasonCeased() {
        return isOpen() ? null : lastEpisode().reasonCeased();
    }

    public boolean isOpen() {
        return lastEpisode().isOpen();
    }

    public Episode lastEpisode() {
        return episodes.getLast();
    }
}
