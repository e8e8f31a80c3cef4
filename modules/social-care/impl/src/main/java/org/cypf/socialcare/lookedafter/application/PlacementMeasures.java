package org.cypf.socialcare.lookedafter.application;

import static org.cypf.socialcare.api.measure.SocialCareMeasure.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cypf.governance.api.measure.MeasureValue;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.transaction.UnitOfWork;
import org.cypf.socialcare.lookedafter.domain.Episode;
import org.cypf.socialcare.lookedafter.domain.LookedAfterOn;
import org.cypf.socialcare.lookedafter.domain.MissingEpisode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.lookedafter.domain.PlacementKind;
import org.cypf.socialcare.lookedafter.domain.PlacementStability;
import org.cypf.socialcare.lookedafter.port.MissingEpisodes;
import org.cypf.socialcare.lookedafter.port.PeriodsOfCare;
import org.cypf.socialcare.api.measure.SocialCareMeasure;
import org.cypf.socialcare.shared.application.MeasureSet;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.LegalStatus;
import org.cypf.socialcare.shared.port.Children;

/**
 * Where looked-after children live, how stable their placements are, and how often they go missing: aggregates for
 * governance, so no child's record is read out and no access is audited. "Looked after" is {@link LookedAfterOn}:
 * at the end of the date, or at the end of any day of "the 12 months to the date", which run from the day after the
 * date a year earlier to the date.
 */
public final class PlacementMeasures extends MeasureSet {
    static final Map<SocialCareMeasure, PlacementKind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(PLACEMENT_IN_HOUSE_FOSTERING, PlacementKind.IN_HOUSE_FOSTERING);
        KINDS.put(PLACEMENT_AGENCY_FOSTERING, PlacementKind.AGENCY_FOSTERING);
        KINDS.put(PLACEMENT_KINSHIP, PlacementKind.KINSHIP);
        KINDS.put(PLACEMENT_IN_HOUSE_RESIDENTIAL, PlacementKind.IN_HOUSE_RESIDENTIAL);
        KINDS.put(PLACEMENT_INDEPENDENT_RESIDENTIAL, PlacementKind.INDEPENDENT_RESIDENTIAL);
        KINDS.put(PLACEMENT_WITH_PARENTS, PlacementKind.PLACED_WITH_PARENTS);
        KINDS.put(PLACEMENT_OTHER, PlacementKind.OTHER);
    }

    static final Map<PlacementKind, String> KIND_DEFINITIONS = new EnumMap<>(Map.of(
            PlacementKind.IN_HOUSE_FOSTERING, "placement U4-U6 with provider PR1",
            PlacementKind.AGENCY_FOSTERING, "placement U4-U6 with provider PR4 or PR5",
            PlacementKind.KINSHIP, "placement U1-U3 (fostered by a relative or friend), any provider",
            PlacementKind.IN_HOUSE_RESIDENTIAL, "placement K1, K2 or R1 with provider PR1",
            PlacementKind.INDEPENDENT_RESIDENTIAL, "placement K1, K2 or R1 with provider PR4 or PR5 (supported "
                    + "accommodation K3, H5 excluded)",
            PlacementKind.PLACED_WITH_PARENTS, "placement P1",
            PlacementKind.OTHER, "any placement not counted as in-house or agency fostering, kinship, in-house or "
                    + "independent residential or placed with parents (A3-A6, K3, H5, P2, P3, R2, R3, R5, S1, T0-T4, "
                    + "Z1, Z11-Z14, and PR2/PR3 foster or residential placements)"));
    private static final String OF_CLA = "% of the children looked after at the end of the date (SSDA903 count, short "
            + "breaks " + String.join("/", LegalStatus.shortBreaks()) + " excluded) whose episode open then has ";
    static final String THREE_OR_MORE = "% of the children looked after at the end of the date with three or more "
            + "placements in the 12 months to it (DfE A1): each episode open on a day of the 12 months counts as a "
            + "placement unless it began with RNE L (legal status change only)";
    static final String LONG_TERM = "% of children under 16 at the date, looked after at its end and continuously "
            + "for 2.5 years or more (their period of care began at least 30 months before), who have lived with the "
            + "same carer for 2 years or more (DfE A2): the carer changes with RNE S, P, B and stays with L, T, U";
    static final String MISSING_COUNT = "episodes of looked-after children missing from placement (SSDA903 MISSING M; "
            + "away without authorisation, A, excluded) that began in the 12 months to the date";
    static final String WENT_MISSING = "% of the children looked after on any day of the 12 months to the date (short "
            + "breaks excluded) who had a missing episode (M) beginning in those 12 months";

    private final PeriodsOfCare periods;
    private final Children children;
    private final MissingEpisodes missing;

    public PlacementMeasures(UnitOfWork unitOfWork, PeriodsOfCare periods, Children children, MissingEpisodes missing,
                             Clock clock) {
        super("social care", clock);
        this.periods = periods;
        this.children = children;
        this.missing = missing;
        KINDS.forEach((measure, kind) -> define(measure.key(),
                asAt -> unitOfWork.inTransaction(() -> kind(measure.key(), kind, asAt))));
        define(PLACEMENT_STABILITY_THREE_OR_MORE.key(), asAt -> unitOfWork.inTransaction(
                () -> threeOrMore(PLACEMENT_STABILITY_THREE_OR_MORE.key(), asAt)));
        define(PLACEMENT_STABILITY_LONG_TERM.key(), asAt -> unitOfWork.inTransaction(
                () -> longTerm(PLACEMENT_STABILITY_LONG_TERM.key(), asAt)));
        define(MISSING_EPISODES.key(), asAt -> unitOfWork.inTransaction(
                () -> count(MISSING_EPISODES.key(), asAt, missingStartedIn(asAt).size(), MISSING_COUNT)));
        define(CHILDREN_WHO_WENT_MISSING.key(), asAt -> unitOfWork.inTransaction(
                () -> wentMissing(CHILDREN_WHO_WENT_MISSING.key(), asAt)));
    }

    /** The episode each child looked after at the end of {@code asAt} is in then, one per child. */
    private Map<ChildId, Episode> placedOn(LocalDate asAt) {
        LookedAfterOn theDay = LookedAfterOn.theDay(asAt);
        Map<ChildId, Episode> placed = new LinkedHashMap<>();
        for (PeriodOfCare p : periods.lookedAfter(theDay)) {
            p.episodeOpenAtEndOf(asAt).filter(theDay::counts).ifPresent(e -> placed.putIfAbsent(p.childId(), e));
        }
        return placed;
    }

    private MeasureValue kind(String key, PlacementKind kind, LocalDate asAt) {
        Map<ChildId, Episode> placed = placedOn(asAt);
        long inKind = placed.values().stream()
                .filter(e -> PlacementKind.of(e.placementType(), e.placementProvider()) == kind).count();
        return percentage(key, asAt, inKind, placed.size(), OF_CLA + KIND_DEFINITIONS.get(kind));
    }

    private MeasureValue threeOrMore(String key, LocalDate asAt) {
        Map<ChildId, Episode> placed = placedOn(asAt);
        Map<ChildId, List<Episode>> histories = new LinkedHashMap<>();
        for (PeriodOfCare p : periods.forChildren(placed.keySet())) {
            histories.computeIfAbsent(p.childId(), c -> new ArrayList<>()).addAll(p.episodes());
        }
        LocalDate from = yearTo(asAt);
        long unstable = placed.keySet().stream()
                .filter(c -> PlacementStability.placementsBetween(histories.get(c), from, asAt) >= 3).count();
        return percentage(key, asAt, unstable, placed.size(), THREE_OR_MORE);
    }

    private MeasureValue longTerm(String key, LocalDate asAt) {
        List<PeriodOfCare> lookedAfter = periods.lookedAfter(LookedAfterOn.theDay(asAt));
        Map<ChildId, Child> known = children.findAll(lookedAfter.stream().map(PeriodOfCare::childId).toList());
        long cohort = 0;
        long stable = 0;
        Set<ChildId> seen = new HashSet<>();
        for (PeriodOfCare p : lookedAfter) {
            Child child = known.get(p.childId());
            boolean under16 = asAt.isBefore(child.dateOfBirth().plusYears(16));
            if (!under16 || p.startDate().isAfter(asAt.minusMonths(30)) || !seen.add(p.childId())) {
                continue;
            }
            cohort++;
            LocalDate sameCarerSince = PlacementStability.withTheSameCarerSince(p, asAt);
            if (sameCarerSince != null && !sameCarerSince.isAfter(asAt.minusYears(2))) {
                stable++;
            }
        }
        return percentage(key, asAt, stable, cohort, LONG_TERM);
    }

    private List<MissingEpisode> missingStartedIn(LocalDate asAt) {
        LocalDate from = yearTo(asAt);
        return missing.overlapping(from, asAt).stream()
                .filter(e -> e.isMissing() && e.startedBetween(from, asAt)).toList();
    }

    private MeasureValue wentMissing(String key, LocalDate asAt) {
        LocalDate from = yearTo(asAt);
        Set<ChildId> lookedAfter = periods.lookedAfter(LookedAfterOn.onAnyDayOf(from, asAt)).stream()
                .map(PeriodOfCare::childId).collect(Collectors.toSet());
        long went = missingStartedIn(asAt).stream().map(MissingEpisode::childId).filter(lookedAfter::contains)
                .distinct().count();
        return percentage(key, asAt, went, lookedAfter.size(), WENT_MISSING);
    }
}
