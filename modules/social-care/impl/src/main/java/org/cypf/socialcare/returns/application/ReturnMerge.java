package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.api.returns.Ssda903ImportResult;
import org.cypf.socialcare.returns.domain.Ssda903Upload;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * An import's rows set beside the records already held, inside the import's unit of work, file by file through one
 * policy each ({@link FileMerge}), in the order the files depend on one another: the header's children first, then
 * their episodes (every later file looks up the periods of care as they will be), then the rest. Nothing is written
 * until every row of every file has been checked; then every child none of whose rows is in error is written, and a
 * child with an error in any row is held back whole.
 */
final class ReturnMerge {
    private final Merging merging;
    private final HeaderMerge header;
    private IntegrationEvents events;

    ReturnMerge(Ssda903Upload upload, Ports ports, LocalDate today, Ssda903Codes codes) {
        this.merging = new Merging(upload, ports, today, codes);
        this.header = new HeaderMerge(merging);
    }

    /** Matches the header rows to the children held; call before access is decided, then {@link #merge}. */
    void findChildren() {
        header.findChildren();
    }

    /** The children the import creates. */
    Set<ChildId> createdChildren() {
        return Set.copyOf(merging.created);
    }

    /** The children of the import already held. */
    Set<ChildId> existingChildren() {
        return merging.existingChildren();
    }

    /** Checks every row of every child not yet held back against the records held, queuing their writes. */
    void check(IntegrationEvents events) {
        this.events = events;
        List<FileMerge> policies = List.of(header, new EpisodesMerge(merging, events), new ReviewsMerge(merging),
                new UascMerge(merging), new MissingMerge(merging), new Oc3Merge(merging), new Ad1Merge(merging),
                new PlacedAdoptionMerge(merging), new PrevPermMerge(merging));
        policies.forEach(FileMerge::merge);
        merging.finishChecks();
    }

    /** The children that will be stored: those of the header file none of whose rows is in error. */
    List<Child> storedChildren() {
        return merging.storedChildren();
    }

    /** Makes the writes of the children stored; a child held back has none. */
    void write() {
        merging.writeStoredChildren(events);
    }

    List<Ssda903ImportResult.FileResult> results() {
        List<Ssda903ImportResult.FileResult> out = new ArrayList<>();
        merging.upload.rowCounts().forEach((file, rows) -> {
            int[] c = merging.counts(file);
            out.add(new Ssda903ImportResult.FileResult(merging.name(file), rows, c[0], c[1], c[2]));
        });
        return out;
    }
}
