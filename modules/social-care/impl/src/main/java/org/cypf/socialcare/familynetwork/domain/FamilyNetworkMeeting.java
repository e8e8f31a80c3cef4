package org.cypf.socialcare.familynetwork.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.Child;

/**
 * A family network meeting or family group conference held for a child: the family and their network make a plan
 * for the child's care (S001's universal offer to families with a social worker; "family group decision making" in
 * Families First and the 2025-26 CIN census). Changes quote {@link #version()}.
 */
public final class FamilyNetworkMeeting implements Versioned {

    public enum Type {
        /** A meeting of the family and their network, convened by the social worker. */
        FAMILY_NETWORK_MEETING,
        /** A family group conference: an independent coordinator, and private family time to make the plan. */
        FAMILY_GROUP_CONFERENCE
    }

    public enum Outcome {
        /** The family made a plan and the authority agreed it. */
        FAMILY_PLAN_AGREED,
        /** The family made a plan the authority could not agree. */
        FAMILY_PLAN_NOT_AGREED,
        /** No plan yet: the meeting is to be reconvened. */
        RECONVENE,
        /** The family chose not to make a plan at the meeting. */
        NO_PLAN_MADE
    }

    private final UUID id;
    private final ChildId childId;
    private final LocalDate heldOn;
    private final Type type;
    private final Outcome outcome;
    private final long version;

    private FamilyNetworkMeeting(UUID id, ChildId childId, LocalDate heldOn, Type type, Outcome outcome, long version) {
        this.id = id;
        this.childId = childId;
        this.heldOn = heldOn;
        this.type = type;
        this.outcome = outcome;
        this.version = version;
    }

    /** A meeting as stored: persistence only (ADR 0018). */
    @Rebuild
    public static FamilyNetworkMeeting rebuild(UUID id, ChildId childId, LocalDate heldOn, Type type, Outcome outcome,
                                               long version) {
        return new FamilyNetworkMeeting(id, childId, heldOn, type, outcome, version);
    }

    /** A meeting held on {@code heldOn} (not before the child was born, not in the future). */
    public static Changed<FamilyNetworkMeeting> held(UUID id, Child child, LocalDate heldOn, String type,
                                                     String outcome, LocalDate today) {
        return Changed.to(checked(id, child, heldOn, type, outcome, 0, today));
    }

    /** The meeting corrected: what {@link #held} records, checked the same way, at the next version. */
    public Changed<FamilyNetworkMeeting> amend(Child child, LocalDate heldOn, String type, String outcome,
                                               LocalDate today) {
        return Changed.to(checked(id, child, heldOn, type, outcome, version + 1, today));
    }

    private static FamilyNetworkMeeting checked(UUID id, Child child, LocalDate heldOn, String type, String outcome,
                                                long version, LocalDate today) {
        var v = new Violations();
        if (heldOn == null) {
            v.add("heldOn", "is required");
        } else {
            v.check(!heldOn.isAfter(today), "heldOn", "must not be in the future");
            v.check(!heldOn.isBefore(child.dateOfBirth()), "heldOn", "must not be before the child's date of birth");
        }
        Type t = named(Type.class, type, "type", v);
        Outcome o = named(Outcome.class, outcome, "outcome", v);
        v.throwIfAny();
        return new FamilyNetworkMeeting(id, child.id(), heldOn, t, o, version);
    }

    private static <E extends Enum<E>> E named(Class<E> kind, String text, String field, Violations v) {
        if (text == null || text.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        List<E> values = Arrays.asList(kind.getEnumConstants());
        E found = values.stream().filter(e -> e.name().equals(text)).findFirst().orElse(null);
        if (found == null) {
            v.add(field, "must be one of " + values);
        }
        return found;
    }

    public UUID id() {
        return id;
    }

    public ChildId childId() {
        return childId;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Type type() {
        return type;
    }

    public Outcome outcome() {
        return outcome;
    }

    public long version() {
        return version;
    }
}
