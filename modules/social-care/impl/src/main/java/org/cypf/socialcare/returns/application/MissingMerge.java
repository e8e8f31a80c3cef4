package org.cypf.socialcare.returns.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.MissingEpisode;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903OwnChecks;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.shared.domain.Child;

/**
 * The missing file: an episode held (same MIS_START and kind) must have the same MIS_END, which the row may give if
 * it is open; a new one may not overlap one held.
 */
final class MissingMerge extends FileMerge {

    MissingMerge(Merging m) {
        super(m);
    }

    @Override
    void merge() {
        String file = m.name(Ssda903File.MISSING);
        // The episodes held of every child held, in one query (not one a child).
        Map<ChildId, List<MissingEpisode>> heldByChild = new HashMap<>();
        m.ports.missing().forChildren(m.existingChildren())
                .forEach(x -> heldByChild.computeIfAbsent(x.childId(), c -> new ArrayList<>()).add(x));
        for (Ssda903Rows.Missing r : m.rows.missing()) {
            Child child = m.children.get(r.child());
            List<MissingEpisode> held = heldByChild.computeIfAbsent(child.id(), c -> new ArrayList<>());
            Optional<MissingEpisode> same = held.stream()
                    .filter(x -> x.startDate().equals(r.start()) && x.kind().equals(r.kind())).findFirst();
            if (same.isPresent()) {
                MissingEpisode was = same.get();
                if (Objects.equals(was.endDate(), r.end()) || (r.end() == null && was.endDate() != null
                        && was.endDate().isAfter(m.year.to()))) {
                    m.unchanged(Ssda903File.MISSING, r.child());
                } else if (was.endDate() == null) {
                    MissingEpisode ended = was.endAsReturned(r.end()).after();
                    held.set(held.indexOf(was), ended);
                    m.write(r.child(), () -> m.ports.missing().update(ended, was.version()));
                    m.changed(Ssda903File.MISSING, r.child());
                } else {
                    m.errors.add(file, r.line(), "MIS_END", Ssda903OwnChecks.HELD, "differs from the episode recorded in CYPF");
                }
                continue;
            }
            MissingEpisode episode = MissingEpisode.imported(child.id(), r.kind(), r.start(), r.end());
            if (held.stream().anyMatch(episode::overlaps)) {
                m.errors.add(file, r.line(), "MIS_START", "574", "the child is already recorded missing or away on this day");
                continue;
            }
            held.add(episode);
            m.newMissing.add(r.child(), episode);
            m.added(Ssda903File.MISSING, r.child());
        }
    }
}
