package org.cypf.socialcare.returns.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;

/**
 * The periods of care with their episodes as a return reads them: many children at once, each in one query (not one
 * a child, and not one bind value a child), in the order the episodes file is written. Runs inside the caller's unit
 * of work.
 */
public interface Ssda903Episodes {

    /**
     * Every period of care with an episode open on a day from {@code from} to {@code to}, in the order of the
     * episodes file: by the child's CHILD (character by character, as the files sort it), then the period's start;
     * each period's episodes by their start.
     */
    List<PeriodOfCare> overlapping(LocalDate from, LocalDate to);

    /** The periods of care of the children given, each with its episodes (children with none are absent). */
    List<PeriodOfCare> forChildren(Collection<ChildId> children);
}
