package org.cypf.socialcare.lookedafter.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Placement stability of one child, from their episodes (DfE children looked after measures A1 and A2, as in
 * shared/DOMAIN.md's benchmarks).
 *
 * <p><b>Placements in a window</b>: each episode that began a placement (any RNE but L: a change of legal status
 * only keeps the placement) and was open on a day of the window counts one; an episode opened by L whose placement
 * began before the window is counted once, as the placement the child was in when the window opened. Temporary
 * moves (T0-T4) are placements like any other.
 *
 * <p><b>Same carer</b>: the carer changes with RNE S, P and B; L, T and U keep the carer (T and U: a change of
 * placement with the same carer, such as a foster placement becoming placed for adoption with the same carers).
 */
public final class PlacementStability {
    private PlacementStability() {}

    /**
     * The placements of the child open on a day of {@code from} to {@code to} (both included).
     *
     * @param episodes all the child's episodes, in any order
     */
    public static int placementsBetween(List<Episode> episodes, LocalDate from, LocalDate to) {
        List<Episode> inOrder = episodes.stream().sorted(Comparator.comparing(Episode::startDate)).toList();
        int count = 0;
        boolean counted = false;
        for (Episode e : inOrder) {
            boolean inWindow = !e.startDate().isAfter(to) && (e.endDate() == null || e.endDate().isAfter(from));
            if (!inWindow) {
                continue;
            }
            if (e.beginsAPlacement() || !counted) {
                count++;
                counted = true;
            }
        }
        return count;
    }

    /** The day the child began living with their carer at the end of {@code date}; null when not in care then. */
    public static LocalDate withTheSameCarerSince(PeriodOfCare period, LocalDate date) {
        List<Episode> episodes = period.episodes();
        int current = -1;
        for (int i = 0; i < episodes.size(); i++) {
            if (episodes.get(i).isOpenAtEndOf(date)) {
                current = i;
            }
        }
        if (current < 0) {
            return null;
        }
        int first = current;
        while (first > 0 && !episodes.get(first).beginsWithANewCarer()) {
            first--;
        }
        return episodes.get(first).startDate();
    }
}
