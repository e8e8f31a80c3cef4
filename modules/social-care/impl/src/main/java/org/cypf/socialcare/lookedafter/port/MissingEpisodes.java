package org.cypf.socialcare.lookedafter.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.MissingEpisode;

/** Where missing and away episodes are kept. Every method runs inside the caller's unit of work. */
public interface MissingEpisodes {

    Optional<MissingEpisode> find(UUID missingId);

    /** The child's episodes, oldest first. */
    List<MissingEpisode> forChild(ChildId child);

    /** One page of the child's episodes, oldest first, with how many the child has. */
    org.cypf.kernel.page.Page<MissingEpisode> forChild(ChildId child, org.cypf.kernel.page.Slice slice);

    /** Episodes open on a day from {@code from} to {@code to}, both included, by child and start. */
    List<MissingEpisode> overlapping(LocalDate from, LocalDate to);

    /** @throws org.cypf.kernel.problem.Conflict when the child has an episode of that kind starting that day already */
    void add(MissingEpisode episode);

    /** The episodes of every child given, by child and start, in one query however many are given. */
    List<MissingEpisode> forChildren(java.util.Collection<ChildId> children);

    /**
     * Adds every episode given, in as few statements as their number allows (a bulk import).
     *
     * @throws org.cypf.kernel.problem.Conflict when a child has an episode of that kind starting that day already, held
     *                                          or among those given
     */
    void addAll(List<MissingEpisode> episodes);

    /**
     * Stores the end of {@code after} (at its next version) if the stored version is still {@code expectedVersion}.
     *
     * @throws org.cypf.kernel.problem.StaleVersion when someone else changed it first
     */
    void update(MissingEpisode after, long expectedVersion);
}
