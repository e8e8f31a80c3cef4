package org.cypf.socialcare.returns.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.IntegrationEvents;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.lookedafter.domain.LookedAfterReview;
import org.cypf.socialcare.lookedafter.domain.MissingEpisode;
import org.cypf.socialcare.lookedafter.domain.PeriodOfCare;
import org.cypf.socialcare.permanence.domain.Permanence;
import org.cypf.socialcare.returns.domain.ChildHeaderDetails;
import org.cypf.socialcare.returns.domain.CollectionYear;
import org.cypf.socialcare.returns.domain.RowErrors;
import org.cypf.socialcare.returns.domain.Ssda903File;
import org.cypf.socialcare.returns.domain.Ssda903OwnChecks;
import org.cypf.socialcare.returns.domain.Ssda903Rows;
import org.cypf.socialcare.returns.domain.Ssda903Upload;
import org.cypf.socialcare.shared.domain.Child;
import org.cypf.socialcare.shared.domain.Ssda903Codes;

/**
 * What one import's file policies share while they set its rows beside the records held: the children of the
 * header file, each child's periods of care as they will be after the import, the permanence records touched, the
 * writes to make once every row is checked, and each file's tally of rows added, changed and unchanged.
 */
final class Merging {
    final Ssda903Upload upload;
    final Ssda903Rows rows;
    final CollectionYear year;
    final RowErrors errors;
    final Ports ports;
    final LocalDate today;
    final Ssda903Codes codes;

    /** Children of the header file: the one held (or about to be created) under each CHILD. */
    final Map<String, Child> children = new LinkedHashMap<>();
    final Set<ChildId> created = new HashSet<>();
    /** Each child's periods as they will be after the import (set by the episodes policy). */
    final Map<ChildId, List<PeriodOfCare>> periods = new HashMap<>();
    private final Map<UUID, Permanence> permanence = new LinkedHashMap<>();
    /** The version each permanence record was read at (0: none held), which it must still be at when stored. */
    private final Map<UUID, Long> permanenceReadAt = new HashMap<>();
    private final Set<UUID> permanenceTouched = new LinkedHashSet<>();
    /**
     * What will be written once every row is checked, each with the CHILD it is about (ADR 0072): the records an
     * import adds, in bulk, kind by kind; the changes to records held, one by one in the order queued, those
     * {@linkplain #writeFirst queued first} before any period of care is added (a period held is ended before the
     * child's next one opens), the others after.
     */
    final Adds<Map.Entry<Child, ChildHeaderDetails>> newChildren = new Adds<>();
    final Adds<PeriodOfCare> newPeriods = new Adds<>();
    final Adds<LookedAfterReview> newReviews = new Adds<>();
    final Adds<MissingEpisode> newMissing = new Adds<>();
    /** The events announcing what the import added, published with the writes (in the same transaction). */
    final Adds<IntegrationEvent> newEvents = new Adds<>();
    private final List<Map.Entry<String, Runnable>> firstWrites = new ArrayList<>();
    private final List<Map.Entry<String, Runnable>> writes = new ArrayList<>();
    /** The periods of care this import creates: none has a permanence record yet. */
    final Set<UUID> newPeriodIds = new HashSet<>();
    /** The permanence records held for the periods of the children held, read once in one query when first needed. */
    private Map<UUID, Permanence> heldPermanence;
    /** Each file's rows added, changed and unchanged, by CHILD: only the children stored are counted. */
    private final Map<Ssda903File, Map<String, int[]>> counts = new EnumMap<>(Ssda903File.class);

    Merging(Ssda903Upload upload, Ports ports, LocalDate today, Ssda903Codes codes) {
        this.upload = upload;
        this.rows = upload.rowsOfChildrenNotHeldBack();
        this.year = upload.year();
        this.errors = upload.errors();
        this.ports = ports;
        this.today = today;
        this.codes = codes;
        for (Ssda903File f : Ssda903File.values()) {
            counts.put(f, new HashMap<>());
        }
    }

    String name(Ssda903File file) {
        return upload.name(file);
    }

    void added(Ssda903File f, String child) {
        count(f, child, 0);
    }

    void changed(Ssda903File f, String child) {
        count(f, child, 1);
    }

    void unchanged(Ssda903File f, String child) {
        count(f, child, 2);
    }

    private void count(Ssda903File f, String child, int which) {
        counts.get(f).computeIfAbsent(child, c -> new int[3])[which]++;
    }

    /** Added, changed and unchanged rows of {@code file}, of the children not held back. */
    int[] counts(Ssda903File file) {
        Set<String> held = errors.heldBack();
        int[] total = new int[3];
        counts.get(file).forEach((child, c) -> {
            if (!held.contains(child)) {
                for (int i = 0; i < 3; i++) {
                    total[i] += c[i];
                }
            }
        });
        return total;
    }

    /** A row about a record already held: unchanged if it says the same ({@code same}), else an error at {@code column}. */
    void alreadyHeld(Ssda903Rows.Row row, boolean same, String column, String reason) {
        if (same) {
            unchanged(row.file(), row.child());
        } else {
            errors.add(name(row.file()), row.line(), column, Ssda903OwnChecks.HELD, reason);
        }
    }

    /** Writes {@code write}, about {@code child}, once every row is checked, if none of the child's is in error. */
    void write(String child, Runnable write) {
        writes.add(Map.entry(child, write));
    }

    /** As {@link #write}, made before any record the import adds (a change to a record held that an add relies on). */
    void writeFirst(String child, Runnable write) {
        firstWrites.add(Map.entry(child, write));
    }

    /** Records of one kind an import adds, each with the CHILD it is about, written together in bulk. */
    static final class Adds<T> {
        private final List<Map.Entry<String, T>> items = new ArrayList<>();

        void add(String child, T item) {
            items.add(Map.entry(child, item));
        }

        /** The records of the children not held back, in the order added. */
        List<T> of(Set<String> heldBack) {
            return items.stream().filter(e -> !heldBack.contains(e.getKey())).map(Map.Entry::getValue).toList();
        }
    }

    /** The children of the header file already held. */
    Set<ChildId> existingChildren() {
        Set<ChildId> existing = new HashSet<>();
        children.values().forEach(c -> {
            if (!created.contains(c.id())) {
                existing.add(c.id());
            }
        });
        return existing;
    }

    /** The children of the header file that will be stored: none of their rows is in error. */
    List<Child> storedChildren() {
        Set<String> held = errors.heldBack();
        return children.values().stream().filter(c -> !held.contains(c.localChildId())).toList();
    }

    List<PeriodOfCare> periodsOf(Child child) {
        return periods.getOrDefault(child.id(), List.of());
    }

    /** A held value and a row's: the row fills a blank; a different value is an error; a blank row keeps the held one. */
    <T> T fill(String file, int line, String column, T held, T given, boolean[] filled) {
        if (given == null || given.equals(held)) {
            return held;
        }
        if (held == null) {
            filled[0] = true;
            return given;
        }
        errors.add(file, line, column, Ssda903OwnChecks.HELD, "differs from what is recorded for the child");
        return held;
    }

    /** The permanence of {@code period} as the import has it so far. */
    Permanence permanenceOf(PeriodOfCare period) {
        return permanence.computeIfAbsent(period.id(), id -> {
            Permanence held = newPeriodIds.contains(id) ? Permanence.none(period)
                    : heldPermanence().getOrDefault(id, Permanence.none(period));
            permanenceReadAt.put(id, held.version());
            return held;
        });
    }

    /** The permanence held for every period of the children held, in one query (not one a period). */
    private Map<UUID, Permanence> heldPermanence() {
        if (heldPermanence == null) {
            Set<UUID> ids = new HashSet<>();
            periods.values().forEach(ps -> ps.forEach(p -> {
                if (!newPeriodIds.contains(p.id())) {
                    ids.add(p.id());
                }
            }));
            heldPermanence = ids.isEmpty() ? Map.of() : ports.permanence().findAll(ids);
        }
        return heldPermanence;
    }

    /** Whether a permanence record was held for {@code period} before this import. */
    boolean permanenceHeld(PeriodOfCare period) {
        permanenceOf(period);
        return permanenceReadAt.get(period.id()) != 0;
    }

    /** Keeps the permanence of {@code period} as {@code change} leaves it, to be stored with the rest. */
    void permanence(PeriodOfCare period, Changed<Permanence> change) {
        permanence.put(period.id(), change.after());
        permanenceTouched.add(period.id());
    }

    /** Queues the permanence touched with the rest (each about its child's CHILD). */
    void finishChecks() {
        Map<ChildId, String> refs = new HashMap<>();
        children.values().forEach(c -> refs.put(c.id(), c.localChildId()));
        permanenceTouched.forEach(id -> writes.add(Map.entry(refs.get(permanence.get(id).childId()),
                () -> ports.permanence().update(permanence.get(id), permanenceReadAt.get(id)))));
    }

    /**
     * Makes the writes of every child none of whose rows is in error; a child held back has none made. The records
     * added go in bulk, a kind at a time, in the order their keys need: children with their header details, the changes
     * to periods held, the new periods with their episodes, the other changes, then reviews and missing episodes.
     */
    void writeStoredChildren(IntegrationEvents events) {
        Set<String> held = errors.heldBack();
        ports.headers().addChildren(newChildren.of(held));
        firstWrites.stream().filter(w -> !held.contains(w.getKey())).forEach(w -> w.getValue().run());
        ports.periods().addAll(newPeriods.of(held));
        writes.stream().filter(w -> !held.contains(w.getKey())).forEach(w -> w.getValue().run());
        ports.reviews().addAll(newReviews.of(held));
        ports.missing().addAll(newMissing.of(held));
        events.publishAll(newEvents.of(held));
    }
}
