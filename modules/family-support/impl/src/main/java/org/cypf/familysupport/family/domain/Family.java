package org.cypf.familysupport.family.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.identity.FamilyId;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.kernel.problem.Violations;

/**
 * A family grouping: siblings recorded as one family, each child in at most one family at a time, at most
 * {@value #MAX_CHILDREN} of them, in the order they were recorded.
 */
public final class Family {
    /** The most children a family grouping holds. */
    public static final int MAX_CHILDREN = 20;
    /** One of the family's children, and when they were recorded in it. */
    public record Member(ChildId child, LocalDate addedOn) {
        public Member {
            Objects.requireNonNull(child, "child");
            Objects.requireNonNull(addedOn, "addedOn");
        }
    }

    private final FamilyId id;
    private final List<Member> children;

    private Family(FamilyId id, List<Member> children) {
        this.id = Objects.requireNonNull(id, "id");
        this.children = List.copyOf(children);
    }

    /** A family as stored, rebuilt by the store. */
    @Rebuild
    public static Family stored(FamilyId id, List<Member> children) {
        return new Family(id, children);
    }

    /**
     * The children a command names, read and checked before anyone is authorised: each a partnership identifier,
     * each once, at least one and at most {@value #MAX_CHILDREN}; recorded on a day not after today.
     */
    public static List<ChildId> children(List<String> given, LocalDate formedOn, LocalDate today) {
        var v = new Violations();
        v.check(!given.isEmpty(), "childIds", "must name at least one child");
        v.check(given.size() <= MAX_CHILDREN, "childIds",
                "must name at most " + MAX_CHILDREN + " children");
        List<ChildId> children = new ArrayList<>();
        Set<ChildId> seen = new HashSet<>();
        for (int i = 0; i < given.size() && i < MAX_CHILDREN; i++) {
            Optional<ChildId> child = childId(given.get(i));
            if (child.isEmpty()) {
                v.add("childIds[" + i + "]", "must be the child's partnership identifier (a UUID)");
            } else if (!seen.add(child.get())) {
                v.add("childIds[" + i + "]", "names a child already named: each child once");
            } else {
                children.add(child.get());
            }
        }
        v.check(!formedOn.isAfter(today), "formedOn", "must not be in the future");
        v.throwIfAny();
        return List.copyOf(children);
    }

    /** A child's partnership identifier, read for a command ({@code childId} named when it is not one). */
    public static ChildId child(String field, String text) {
        return childId(text).orElseThrow(() -> InvalidInput.of(field,
                "must be the child's partnership identifier (a UUID)"));
    }

    private static Optional<ChildId> childId(String text) {
        try {
            return Optional.of(ChildId.parse(text));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A new family of {@code children}, none of whom the store holds in another family. */
    public static Family formed(FamilyId id, List<ChildId> children, LocalDate formedOn) {
        return new Family(id, children.stream().map(c -> new Member(c, formedOn)).toList());
    }

    /**
     * This family with {@code child} added on {@code addedOn}: refused naming {@code childId} when the child is in it
     * already or it is full, naming {@code addedOn} when that is in the future or before the family was formed.
     */
    public Family withChild(ChildId child, LocalDate addedOn, LocalDate today) {
        if (has(child)) {
            throw InvalidInput.of("childId", "is already one of the family's children");
        }
        if (children.size() >= MAX_CHILDREN) {
            throw InvalidInput.of("childId", "cannot be added: a family has at most " + MAX_CHILDREN
                    + " children");
        }
        if (addedOn.isAfter(today)) {
            throw InvalidInput.of("addedOn", "must not be in the future");
        }
        if (addedOn.isBefore(children.get(0).addedOn())) {
            throw InvalidInput.of("addedOn", "must not be before the family was formed");
        }
        List<Member> more = new ArrayList<>(children);
        more.add(new Member(child, addedOn));
        return new Family(id, more);
    }

    /**
     * This family without {@code child}, the others keeping their order and the days they were added: refused naming
     * {@code childId} when the child is not one of the family's children, or is its last one (requests for support
     * and early help episodes name the family, so a grouping is never left empty).
     */
    public Family withoutChild(ChildId child) {
        if (!has(child)) {
            throw InvalidInput.of("childId", "is not one of the family's children");
        }
        if (children.size() == 1) {
            throw InvalidInput.of("childId", "is the family's only child: a family grouping keeps at least one child,"
                    + " since requests for support and early help episodes name it");
        }
        return new Family(id, children.stream().filter(m -> !m.child().equals(child)).toList());
    }

    public boolean has(ChildId child) {
        return children.stream().anyMatch(m -> m.child().equals(child));
    }

    public FamilyId id() {
        return id;
    }

    public List<Member> children() {
        return children;
    }

    public List<ChildId> childIds() {
        return children.stream().map(Member::child).toList();
    }
}
