package org.cypf.socialcare.familynetwork.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Violations;
import org.cypf.socialcare.shared.domain.Child;

/**
 * A family network meeting or family group conference held for a child: the family and their network make a plan
 * for the child's care (S001's universal offer to families with a social worker; "family group decision making" in
 * Families First and the 2025-26 CIN census). Changes quote {@link #version()}.
 */
public record FamilyNetworkMeeting(UUID id, ChildId childId, LocalDate heldOn, Type type, Outcome outcome,
                                   long version) {

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

    /** A meeting held on {@code heldOn} (not before the child was born, not in the future). */
    public static FamilyNetworkMeeting held(UUID id, Child child, LocalDate heldOn, String type, String outcome,
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
}
