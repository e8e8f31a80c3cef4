package org.cypf.socialcare.lookedafter.domain;

import static org.cypf.socialcare.shared.domain.Ssda903CodeList.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.place.Postcode;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.FieldViolation;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.LegalStatus;
import org.cypf.socialcare.shared.domain.PlacementProvider;
import org.cypf.socialcare.shared.domain.PlacementType;
import org.cypf.socialcare.shared.domain.ReasonCeased;
import org.cypf.socialcare.shared.domain.ReasonForNewEpisode;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * A continuous time a child is looked after, made of SSDA903 episodes. The aggregate that keeps a child's care
 * history consistent: episodes follow one another without gaps, only the last may be open, and the period ends
 * when its last episode ends with a reason other than X1 (which means a new episode follows). Each change returns
 * the period at its next version with the events it raised ({@link PeriodOfCareEvent}).
 */
public final class PeriodOfCare implements Versioned {
    private final UUID id;
    private final ChildId childId;
    private final List<Episode> episodes;
    private final long version;

    private PeriodOfCare(UUID id, ChildId childId, List<Episode> episodes, long version) {
        if (episodes.isEmpty()) {
            throw new IllegalArgumentException("a period of care has at least one episode");
        }
        this.id = id;
        this.childId = childId;
        this.episodes = List.copyOf(episodes);
        this.version = version;
    }

    /** The period as persistence stored it; its rules were checked when it was recorded. */
    @Rebuild
    public static PeriodOfCare rebuild(UUID id, ChildId childId, List<Episode> episodes, long version) {
        return new PeriodOfCare(id, childId, episodes, version);
    }

    /**
     * A period read from a national return: {@code episodes} are one period of {@link #periodsOf} a history that
     * keeps {@link #checkHistory}'s rules (the import checks them first). It is new: version 0.
     */
    public static PeriodOfCare imported(UUID id, ChildId childId, List<Episode> episodes) {
        return new PeriodOfCare(id, childId, episodes, 0);
    }

    /** This period with the episodes an imported return holds for it (checked as for {@link #imported}). */
    public Changed<PeriodOfCare> importHistory(List<Episode> history) {
        return Changed.to(next(history), new PeriodOfCareEvent.HistoryImported(childId, id));
    }

    private PeriodOfCare next(List<Episode> changed) {
        return new PeriodOfCare(id, childId, changed, version + 1);
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
    public static Changed<PeriodOfCare> start(UUID id, Child child, FirstEpisode first, LocalDate previousEnd,
                                              LocalDate today, Ssda903Codes codes) {
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
            } else if (previousEnd != null && start.equals(previousEnd)) {
                v.add("startDate", "must be after the day the child's previous period of care ended (" + previousEnd
                        + "): a new period does not start the day the last one ended (DfE rule 431)");
            }
        }
        LocalDate codesOn = start != null ? start : today;
        codes.refusal(LEGAL_STATUS, first.legalStatus(), codesOn).ifPresent(r -> v.add("legalStatus", r));
        codes.refusal(CATEGORY_OF_NEED, first.categoryOfNeed(), codesOn).ifPresent(r -> v.add("categoryOfNeed", r));
        codes.refusal(PLACEMENT_TYPE, first.placementType(), codesOn).ifPresent(r -> v.add("placement.placementType", r));
        checkProvider(v, first.placementType(), first.placementProvider(), codesOn, codes);
        checkUrn(v, first.placementUrn());
        checkPlacementFitsLegalStatus(v, first.legalStatus(), first.placementType(), first.placementProvider());
        checkTemporaryPlacement(ReasonForNewEpisode.STARTED_TO_BE_LOOKED_AFTER.code(), first.placementType(), null,
                null, null).list().forEach(x -> v.add("placement.placementType", x.reason()));
        v.throwIfAny();
        var episode = new Episode(UUID.randomUUID(), start, ReasonForNewEpisode.STARTED_TO_BE_LOOKED_AFTER.code(),
                first.legalStatus(), first.categoryOfNeed(), first.placementType(), first.placementProvider(),
                first.placementPostcode(), first.homePostcode(), first.placementUrn(), null, null);
        return Changed.to(new PeriodOfCare(id, child.id(), List.of(episode), 0),
                new PeriodOfCareEvent.Started(child, id, episode));
    }

    /**
     * Ends the period: the open episode ends on {@code endDate} with {@code reasonCeased}.
     *
     * @throws Conflict when the period has already ended
     */
    public Changed<PeriodOfCare> end(LocalDate endDate, String reasonCeased, LocalDate today, Ssda903Codes codes) {
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
        if (reasonCeased != null && ReasonCeased.of(reasonCeased).newEpisodeFollows()) {
            v.add("reasonCeased", "X1 means a new episode follows; give the reason the child stopped being looked after");
        } else {
            codes.refusal(REASON_EPISODE_CEASED, reasonCeased, endDate != null ? endDate : today)
                    .ifPresent(r -> v.add("reasonCeased", r));
        }
        if (v.isEmpty()) {
            checkTemporaryPlacement(null, last.placementType(), null, null, reasonCeased).list()
                    .forEach(x -> v.add("reasonCeased", x.reason()));
        }
        v.throwIfAny();
        List<Episode> changed = new ArrayList<>(episodes);
        changed.set(changed.size() - 1, last.ended(endDate, reasonCeased));
        return Changed.to(next(changed), new PeriodOfCareEvent.Ended(childId, id, endDate, reasonCeased));
    }

    /**
     * A change of legal status, of placement, or of both: RNE L, P, T, B or U. Fields left null keep the current
     * episode's value (a change of legal status only keeps the placement, and the other way round).
     *
     * @param reasonPlaceChange SSDA903 REASON_PLACE_CHANGE, required when the placement changes (P, T, B, U)
     */
    public record EpisodeChange(LocalDate date, String reasonForNewEpisode, String legalStatus, String categoryOfNeed,
                                String placementType, String placementProvider, Postcode placementPostcode,
                                String placementUrn, String reasonPlaceChange) {}

    /**
     * Closes the open episode on {@code change.date()} with REC X1 and opens the next on the same day, so the child
     * is never in two placements at once and never in none. Every broken rule is reported at once, by field.
     *
     * @throws Conflict when the period has ended
     */
    public Changed<PeriodOfCare> changeEpisode(EpisodeChange change, LocalDate today, Ssda903Codes codes) {
        if (!isOpen()) {
            throw new Conflict("the period of care has ended; a change needs a child who is looked after");
        }
        Episode current = lastEpisode();
        var v = new Violations();
        LocalDate date = change.date();
        if (date == null) {
            v.add("date", "is required");
        } else if (date.isBefore(current.startDate())) {
            v.add("date", "must not be before the current episode began (" + current.startDate()
                    + "): the child cannot be in two placements at once");
        } else if (date.isAfter(today)) {
            v.add("date", "must not be in the future");
        }
        LocalDate codesOn = date != null ? date : today;
        String rne = change.reasonForNewEpisode();
        if (rne != null && ReasonForNewEpisode.of(rne).startsAPeriod()) {
            v.add("reasonForNewEpisode", "S starts a period of care; a change within one is L, P, T, B or U");
        } else {
            codes.refusal(REASON_NEW_EPISODE, rne, codesOn).ifPresent(r -> v.add("reasonForNewEpisode", r));
        }
        boolean knownReason = v.list().stream().noneMatch(x -> x.field().equals("reasonForNewEpisode"));
        boolean changesLegalStatus = knownReason && ReasonForNewEpisode.of(rne).changesTheLegalStatus();
        boolean changesPlacement = knownReason && ReasonForNewEpisode.of(rne).changesThePlacement();

        String legalStatus = change.legalStatus() != null ? change.legalStatus() : current.legalStatus();
        if (changesLegalStatus) {
            if (change.legalStatus() == null) {
                v.add("legalStatus", "is required: RNE " + rne + " changes the legal status");
            } else if (change.legalStatus().equals(current.legalStatus())) {
                v.add("legalStatus", "is the current legal status; RNE " + rne + " changes it");
            } else {
                codes.refusal(LEGAL_STATUS, legalStatus, codesOn).ifPresent(r -> v.add("legalStatus", r));
            }
        } else if (knownReason && change.legalStatus() != null && !change.legalStatus().equals(current.legalStatus())) {
            v.add("legalStatus", "must not change with RNE " + rne + "; use B or U to change both");
        }
        String categoryOfNeed = change.categoryOfNeed() != null ? change.categoryOfNeed() : current.categoryOfNeed();
        codes.refusal(CATEGORY_OF_NEED, categoryOfNeed, codesOn).ifPresent(r -> v.add("categoryOfNeed", r));

        boolean placementGiven = change.placementType() != null || change.placementProvider() != null
                || change.placementPostcode() != null || change.placementUrn() != null;
        String placementType = current.placementType();
        String provider = current.placementProvider();
        Postcode postcode = current.placementPostcode();
        String urn = current.placementUrn();
        if (changesPlacement) {
            placementType = change.placementType();
            provider = change.placementProvider();
            postcode = change.placementPostcode();
            urn = change.placementUrn();
            codes.refusal(PLACEMENT_TYPE, placementType, codesOn).ifPresent(r -> v.add("placement.placementType", r));
            checkProvider(v, placementType, provider, codesOn, codes);
            checkUrn(v, urn);
            if (needsReasonPlaceChange(current.placementType(), placementType)) {
                codes.refusal(REASON_PLACE_CHANGE, change.reasonPlaceChange(), codesOn)
                        .ifPresent(r -> v.add("reasonPlaceChange", r + " (DfE rule 225)"));
            } else if (change.reasonPlaceChange() != null) {
                v.add("reasonPlaceChange", "must be blank for a move into or out of a temporary placement (T0-T4) "
                        + "(DfE rule 226)");
            }
        } else if (knownReason) {
            if (placementGiven) {
                v.add("placement", "must not be given with RNE L (legal status only); use B or U to change both");
            }
            if (change.reasonPlaceChange() != null) {
                v.add("reasonPlaceChange", "is given only when the placement changes (RNE P, T, B, U)");
            }
        }
        if (knownReason) {
            checkPlacementFitsLegalStatus(v, legalStatus, placementType, provider);
            checkTemporaryPlacement(rne, placementType, null, null, null).list()
                    .forEach(x -> v.add(changesPlacement ? "placement.placementType" : "reasonForNewEpisode",
                            x.reason()));
        }
        if (date != null && !date.isBefore(current.startDate())) {
            checkTemporaryPlacement(null, current.placementType(), current.startDate(), date, null).list()
                    .forEach(x -> v.add("date", x.reason()));
        }
        if (knownReason && episodes.size() > 1) {
            checkReturnFromTemporaryPlacement(episodes.get(episodes.size() - 2), current, rne, placementType, postcode)
                    .forEach(x -> v.add(switch (x.field()) {
                        case "RNE" -> "reasonForNewEpisode";
                        case "PLACE" -> "placement.placementType";
                        default -> "placement.postcode";
                    }, x.reason()));
        }
        v.throwIfAny();
        List<Episode> changed = new ArrayList<>(episodes);
        // REASON_PLACE_CHANGE is the reason the ending episode's placement ended: it is held on that episode (DfE rule 225).
        Episode closed = current.endedForChange(date, changesPlacement ? change.reasonPlaceChange() : null);
        Episode opened = new Episode(UUID.randomUUID(), date, rne, legalStatus, categoryOfNeed, placementType, provider,
                postcode, current.homePostcode(), urn, null, null, null);
        changed.set(changed.size() - 1, closed);
        changed.add(opened);
        return Changed.to(next(changed), changesPlacement
                ? new PeriodOfCareEvent.PlacementChanged(childId, id, closed, opened)
                : new PeriodOfCareEvent.LegalStatusChanged(childId, id, closed, opened));
    }

    /**
     * Whether a change of placement from {@code from} to {@code to} needs a REASON_PLACE_CHANGE on the episode it ends:
     * yes, unless either placement is temporary, T0-T4 (DfE rules 225 and 226).
     */
    static boolean needsReasonPlaceChange(String from, String to) {
        return (from == null || !PlacementType.of(from).isTemporary()) && (to == null || !PlacementType.of(to).isTemporary());
    }

    /**
     * The DfE's rules of an episode in a temporary placement (T0-T4), each under the SSDA903 column it is about: the
     * child moves into one with a change of placement and carer, RNE P or B (rule 380, "a period of care cannot start
     * with a temporary placement"); the episode ends only into another episode, REC X1 (rule 381, "a period of care
     * cannot end with a temporary placement"); and an ended T1, T3 or T4 lasted no longer than the DfE allows (rules
     * 375, 376, 379). A placement that is not temporary, or a value not given, breaks none.
     */
    public static Violations checkTemporaryPlacement(String reasonForNewEpisode, String placementType, LocalDate start,
                                                     LocalDate end, String reasonCeased) {
        var v = new Violations();
        if (placementType == null || !PlacementType.of(placementType).isTemporary()) {
            return v;
        }
        ReasonForNewEpisode rne = reasonForNewEpisode == null ? null : ReasonForNewEpisode.of(reasonForNewEpisode);
        if (rne != null && !(rne.changesThePlacement() && rne.beginsWithANewCarer())) {
            v.add("RNE", "must be P or B for a temporary placement (" + placementType + "): a period of care cannot "
                    + "start with a temporary placement, and a child moves into one with a change of placement and "
                    + "carer (DfE rule 380)");
        }
        if (reasonCeased != null && !ReasonCeased.of(reasonCeased).newEpisodeFollows()) {
            v.add("REC", "must be X1 for a temporary placement (" + placementType + "): a period of care cannot end "
                    + "with a temporary placement; the child returns to a placement first (DfE rule 381)");
        }
        PlacementType type = PlacementType.of(placementType);
        if (type.mostDays() >= 0 && start != null && end != null && end.isAfter(start.plusDays(type.mostDays()))) {
            v.add("DEC", "must be no later than " + start.plusDays(type.mostDays()) + ": a temporary placement "
                    + placementType + " lasts at most " + type.mostDays() + " days; a longer stay is a change of "
                    + "placement (DfE rule " + type.mostDaysRule() + ")");
        }
        return v;
    }

    /**
     * DfE rule 383, "a child in a temporary placement must subsequently return to his/her normal placement", as the
     * DfE words its logic: when the previous episode's placement is temporary (T0-T4), the current episode's RNE is P
     * (a change of placement and carer, the legal status kept), and its PLACE and PL_POST are those of the episode
     * before the temporary one. The rule looks at three episodes of a child in a row: a temporary placement with no
     * episode before it in the history given breaks nothing. Two blank PL_POSTs are the same postcode. Each broken part
     * is reported under its SSDA903 column (RNE, PLACE, PL_POST) of the current episode.
     *
     * @param before    the episode before the temporary one
     * @param temporary the previous episode; when its placement is not temporary, nothing is broken
     * @param reasonForNewEpisode the current episode's RNE, and so on for its placement type and postcode
     */
    public static List<FieldViolation> checkReturnFromTemporaryPlacement(Episode before, Episode temporary,
                                                                         String reasonForNewEpisode,
                                                                         String placementType, Postcode postcode) {
        var v = new Violations();
        String away = temporary.placementType();
        if (away == null || !PlacementType.of(away).isTemporary()) {
            return v.list();
        }
        String rule = ": a child in a temporary placement (" + away + ") must subsequently return to his/her normal "
                + "placement, the one before it (DfE rule 383)";
        if (reasonForNewEpisode == null
                || !ReasonForNewEpisode.of(reasonForNewEpisode).changesOnlyThePlacementAndCarer()) {
            v.add("RNE", "must be P, a change of placement and carer" + rule);
        }
        if (!Objects.equals(placementType, before.placementType())) {
            v.add("PLACE", "must be " + before.placementType() + rule);
        }
        if (!Objects.equals(postcode, before.placementPostcode())) {
            v.add("PL_POST", (before.placementPostcode() == null ? "must be blank, as it was in"
                    : "must be the placement postcode of") + " the episode before the temporary placement" + rule);
        }
        return v.list();
    }

    /** A broken rule of a child's episode history: the episode (index in the list given) and the SSDA903 column. */
    public record HistoryProblem(int episode, String column, String reason) {}

    /**
     * The rules a child's whole history of episodes keeps, in SSDA903 columns: an episode does not end before it
     * starts; an episode that ended with X1 is followed by the next on the same day, which does not start a period
     * (S); an episode that ended otherwise ends its period, and the next starts a new one (S) no earlier; an open
     * episode is the child's last: <b>a child cannot be in two placements at once</b>. A first episode other than S
     * continues a period begun before the history given (an import of one year's return).
     *
     * @param episodes one child's episodes, in the order they happened (by start date)
     */
    public static List<HistoryProblem> checkHistory(List<Episode> episodes) {
        List<HistoryProblem> problems = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            Episode e = episodes.get(i);
            if (e.endDate() != null && e.endDate().isBefore(e.startDate())) {
                problems.add(new HistoryProblem(i, "DEC", "must not be before DECOM (" + e.startDate() + ") (DfE rule 356)"));
            }
            if ((e.endDate() == null) != (e.reasonCeased() == null)) {
                problems.add(new HistoryProblem(i, "REC", e.endDate() == null
                        ? "must be blank while the episode is open (no DEC) (DfE rule 148)"
                        : "is required when DEC is given (DfE rule 148)"));
            }
            if (i == 0) {
                continue;
            }
            Episode previous = episodes.get(i - 1);
            if (previous.endDate() == null) {
                problems.add(new HistoryProblem(i, "DECOM", "the child is still in the episode that began "
                        + previous.startDate() + " (no DEC): a child cannot be in two placements at once (DfE rule 142)"));
            } else if (previous.isFollowedByANewEpisode()) {
                if (!e.startDate().equals(previous.endDate())) {
                    // A continuation (L, P, T, B, U) on another day is rule 433; a new period after X1 is 388's.
                    problems.add(new HistoryProblem(i, "DECOM", "must be the day the previous episode ended with X1 ("
                            + previous.endDate() + ") (DfE rule " + (e.startsAPeriod() ? "388" : "433") + ")"));
                } else if (e.startsAPeriod()) {
                    problems.add(new HistoryProblem(i, "RNE", "S starts a period of care, but the previous episode "
                            + "ended with X1 (a new episode of the same period follows) (DfE rule 431)"));
                } else {
                    checkReasonPlaceChange(problems, i - 1, previous, e);
                }
            } else {
                if (e.startDate().isBefore(previous.endDate())) {
                    problems.add(new HistoryProblem(i, "DECOM", "must not be before the previous period of care ended ("
                            + previous.endDate() + "): a child cannot be in two placements at once (DfE rule 501)"));
                } else if (!e.startsAPeriod()) {
                    problems.add(new HistoryProblem(i, "RNE", "must be S: the previous episode ended the period of care"
                            + " (REC " + previous.reasonCeased() + ") (DfE rule 432)"));
                } else if (e.startDate().equals(previous.endDate())) {
                    problems.add(new HistoryProblem(i, "DECOM", "must be after the day the previous period of care "
                            + "ended (" + previous.endDate() + "): a new period (S) does not start the day the last "
                            + "one ended (DfE rule 431)"));
                }
            }
        }
        problems.addAll(returnsFromTemporaryPlacements(episodes));
        if (!episodes.isEmpty() && episodes.getLast().isFollowedByANewEpisode()) {
            problems.add(new HistoryProblem(episodes.size() - 1, "REC", "X1 means a new episode follows, but none does (DfE rule 388)"));
        }
        return problems;
    }

    /**
     * Every episode of {@code episodes} (one child's, in the order they happened) that follows a temporary placement
     * without returning to the placement before it ({@link #checkReturnFromTemporaryPlacement}, DfE rule 383).
     */
    public static List<HistoryProblem> returnsFromTemporaryPlacements(List<Episode> episodes) {
        List<HistoryProblem> problems = new ArrayList<>();
        for (int i = 2; i < episodes.size(); i++) {
            Episode e = episodes.get(i);
            int at = i;
            checkReturnFromTemporaryPlacement(episodes.get(i - 2), episodes.get(i - 1), e.reasonForNewEpisode(),
                    e.placementType(), e.placementPostcode())
                    .forEach(x -> problems.add(new HistoryProblem(at, x.field(), x.reason())));
        }
        return problems;
    }

    /**
     * REASON_PLACE_CHANGE on an episode that ended with X1 ({@code ended}, at index {@code at}) into {@code next}: given
     * when the next starts with a change of placement (RNE P, B, T, U) and neither placement is temporary (DfE rule
     * 225); blank when either is T0-T4 (DfE rule 226).
     */
    private static void checkReasonPlaceChange(List<HistoryProblem> problems, int at, Episode ended, Episode next) {
        boolean placementChanged = ReasonForNewEpisode.of(next.reasonForNewEpisode()).changesThePlacement();
        if (placementChanged && needsReasonPlaceChange(ended.placementType(), next.placementType())) {
            if (ended.reasonPlaceChange() == null) {
                problems.add(new HistoryProblem(at, "REASON_PLACE_CHANGE", "is required: the episode ended with X1 and "
                        + "the next (" + next.startDate() + ") starts with RNE " + next.reasonForNewEpisode()
                        + ", a change of placement (DfE rule 225)"));
            }
        } else if (placementChanged && ended.reasonPlaceChange() != null) {
            problems.add(new HistoryProblem(at, "REASON_PLACE_CHANGE", "must be blank: the move is into or out of a "
                    + "temporary placement (T0-T4) (DfE rule 226)"));
        }
    }

    /** A history that keeps {@link #checkHistory}'s rules, cut into its periods of care (after each REC other than X1). */
    public static List<List<Episode>> periodsOf(List<Episode> history) {
        List<List<Episode>> periods = new ArrayList<>();
        List<Episode> current = new ArrayList<>();
        for (Episode e : history) {
            if (e.startsAPeriod() && !current.isEmpty()) {
                periods.add(current);
                current = new ArrayList<>();
            }
            current.add(e);
            if (e.endsItsPeriod()) {
                periods.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            periods.add(current);
        }
        return periods;
    }

    /** The episode open at the end of {@code date}, if the child was in care under this period then (short breaks included). */
    public Optional<Episode> episodeOpenAtEndOf(LocalDate date) {
        return episodes.stream().filter(e -> e.isOpenAtEndOf(date)).reduce((a, b) -> b);
    }

    /** Whether {@code date} falls in the period, from its first day to the day it ended, both included. */
    public boolean includesDay(LocalDate date) {
        return !date.isBefore(startDate()) && (endDate() == null || !date.isAfter(endDate()));
    }

    /**
     * Whether the period began before the history held: its first episode is not S (an imported return holds the
     * episodes of its year only). Rules measured from the start of care are not applied to such a period.
     */
    public boolean beganBeforeTheRecordsHeld() {
        return !episodes.getFirst().startsAPeriod();
    }

    /** The days of {@code from} to {@code to} (both included) the child was looked after in this period, short breaks excluded. */
    public long daysLookedAfterBetween(LocalDate from, LocalDate to) {
        long days = 0;
        for (Episode e : episodes) {
            if (e.isShortBreak()) {
                continue;
            }
            LocalDate first = e.startDate().isBefore(from) ? from : e.startDate();
            // The day an episode ends belongs to the next episode, or to no care at all.
            LocalDate last = e.endDate() == null ? to : (e.endDate().minusDays(1).isBefore(to) ? e.endDate().minusDays(1) : to);
            if (!last.isBefore(first)) {
                days += java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
            }
        }
        return days;
    }

    /**
     * A placement's Ofsted URN has the shape of one (the DfE's rule 1008 also looks it up in Ofsted's register, which
     * CYPF does not hold), or is XXXXXXX, the DfE's placeholder for a placement with no URN.
     */
    public static void checkUrn(Violations v, String urn) {
        if (urn != null) {
            v.check(urn.matches("(SC|EY)?[0-9]{6,7}|XXXXXXX"), "placement.urn",
                    "must be an Ofsted URN such as SC123456, or XXXXXXX (DfE rule 1008)");
        }
    }

    /**
     * PLACE_PROVIDER: a code of the year's list for a placement that has a provider, and blank for one that has none,
     * T0-T4 and Z1 (DfE rules 213 and 178).
     */
    private static void checkProvider(Violations v, String placementType, String provider, LocalDate on, Ssda903Codes codes) {
        if (placementType != null && PlacementType.of(placementType).hasNoProvider()) {
            if (provider != null) {
                v.add("placement.provider", noProviderFor(placementType));
            }
        } else {
            codes.refusal(PLACEMENT_PROVIDER, provider, on).ifPresent(r -> v.add("placement.provider", r));
        }
    }

    /** Why a provider is refused with {@code placementType}, a placement without one, naming the DfE's rule. */
    public static String noProviderFor(String placementType) {
        return "must be blank: placement type " + placementType + " has no provider (DfE rule "
                + (PlacementType.of(placementType).isTemporary() ? "213" : "178") + ")";
    }

    /**
     * DfE validation rules tying a placement to the legal status and provider: a child placed for adoption under a
     * placement order (A5, A6) has legal status E1 (placement order) or D1 (freeing order); a child placed with
     * parents (P1) has provider PR0, and provider PR0 is for P1 only.
     */
    public static void checkPlacementFitsLegalStatus(Violations v, String legalStatus, String placementType, String provider) {
        if (placementType != null && PlacementType.of(placementType).isPlacedForAdoptionUnderAnOrder()
                && legalStatus != null && !LegalStatus.of(legalStatus).authorisesPlacementForAdoption()) {
            v.add("placement.placementType", placementType + " (placed for adoption under a placement order) needs "
                    + "legal status E1 or D1 (DfE rule 408)");
        }
        boolean withParents = placementType != null && PlacementType.of(placementType).isWithParents();
        boolean byParents = provider != null && PlacementProvider.of(provider).isParents();
        if (withParents && provider != null && !byParents) {
            v.add("placement.provider", "a child placed with parents (P1) has provider PR0");
        } else if (byParents && placementType != null && !withParents) {
            v.add("placement.provider", "PR0 (parents) is the provider of placement type P1 only (DfE rule 550)");
        }
    }

    /** Looked after at the end of {@code date}, as {@link LookedAfterOn} defines it. */
    public boolean countsAsLookedAfterOn(LocalDate date) {
        return LookedAfterOn.theDay(date).counts(this);
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

    @Override
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
