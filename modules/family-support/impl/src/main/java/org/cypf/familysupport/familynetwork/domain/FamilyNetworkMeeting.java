package org.cypf.familysupport.familynetwork.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.Violations;

/**
 * A family network meeting or family group conference offered to a family in early help (family group decision
 * making; Families First Partnership, DOMAIN.md): declined by the family, or held, with who attended and the plan the
 * family made. Changes quote {@link #version()}.
 */
public final class FamilyNetworkMeeting implements Versioned {
    public static final int MAX_TEXT = 4000;

    public enum Type {
        /** A meeting of the family and their network, convened by the lead practitioner. */
        FAMILY_NETWORK_MEETING,
        /** A family group conference: an independent coordinator, and private family time to make the plan. */
        FAMILY_GROUP_CONFERENCE
    }

    public record Attendee(String name, String relationship) {}

    private final UUID id;
    private final ChildId childId;
    private final UUID episodeId;
    private final Type type;
    private final LocalDate offeredOn;
    private final LocalDate declinedOn;
    private final LocalDate heldOn;
    private final List<Attendee> attendees;
    private final String familyPlan;
    private final long version;

    private FamilyNetworkMeeting(UUID id, ChildId childId, UUID episodeId, Type type, LocalDate offeredOn,
                                 LocalDate declinedOn, LocalDate heldOn, List<Attendee> attendees, String familyPlan,
                                 long version) {
        this.id = id;
        this.childId = childId;
        this.episodeId = episodeId;
        this.type = type;
        this.offeredOn = offeredOn;
        this.declinedOn = declinedOn;
        this.heldOn = heldOn;
        this.attendees = List.copyOf(attendees);
        this.familyPlan = familyPlan;
        this.version = version;
    }

    /** A meeting as stored: persistence only (ADR 0018). */
    @Rebuild
    public static FamilyNetworkMeeting rebuild(UUID id, ChildId childId, UUID episodeId, Type type, LocalDate offeredOn,
                                               LocalDate declinedOn, LocalDate heldOn, List<Attendee> attendees,
                                               String familyPlan, long version) {
        return new FamilyNetworkMeeting(id, childId, episodeId, type, offeredOn, declinedOn, heldOn, attendees,
                familyPlan, version);
    }

    /** Offered on {@code offeredOn} to the family of an episode open since {@code episodeOpenedOn}. */
    public static Changed<FamilyNetworkMeeting> offered(UUID id, ChildId childId, UUID episodeId,
                                                        LocalDate episodeOpenedOn, LocalDate offeredOn, String type,
                                                        LocalDate today) {
        var v = new Violations();
        day(v, "offeredOn", offeredOn, episodeOpenedOn, today);
        Type t = null;
        if (type == null || type.isBlank()) {
            v.add("meetingType", "is required");
        } else {
            t = Arrays.stream(Type.values()).filter(x -> x.name().equals(type.strip())).findFirst().orElse(null);
            v.check(t != null, "meetingType", "must be one of " + Arrays.toString(Type.values()));
        }
        v.throwIfAny();
        return Changed.to(new FamilyNetworkMeeting(id, childId, episodeId, t, offeredOn, null, null, List.of(), null, 0));
    }

    /** The family declined, once, before any meeting was held. */
    public Changed<FamilyNetworkMeeting> decline(LocalDate on, LocalDate today) {
        settled();
        var v = new Violations();
        day(v, "declinedOn", on, offeredOn, today);
        v.throwIfAny();
        return Changed.to(new FamilyNetworkMeeting(id, childId, episodeId, type, offeredOn, on, null, List.of(), null,
                version + 1));
    }

    /** Held, once: at least one attendee and the plan the family made. */
    public Changed<FamilyNetworkMeeting> hold(LocalDate on, List<Attendee> present, String plan, LocalDate today) {
        settled();
        var v = new Violations();
        day(v, "heldOn", on, offeredOn, today);
        List<Attendee> who = new ArrayList<>();
        if (present == null || present.isEmpty()) {
            v.add("attendees", "must name at least one person who attended");
        } else {
            for (int i = 0; i < present.size(); i++) {
                String name = text(v, "attendees[" + i + "].name", present.get(i).name());
                String relationship = text(v, "attendees[" + i + "].relationship", present.get(i).relationship());
                if (name != null && relationship != null) {
                    who.add(new Attendee(name, relationship));
                }
            }
        }
        String madePlan = text(v, "familyPlan", plan);
        v.throwIfAny();
        return Changed.to(new FamilyNetworkMeeting(id, childId, episodeId, type, offeredOn, null, on, who, madePlan,
                version + 1));
    }

    private void settled() {
        if (declinedOn != null) {
            throw new Conflict("the family declined this meeting on " + declinedOn);
        }
        if (heldOn != null) {
            throw new Conflict("the meeting was held on " + heldOn);
        }
    }

    private static void day(Violations v, String field, LocalDate day, LocalDate notBefore, LocalDate notAfter) {
        if (day == null) {
            v.add(field, "is required");
            return;
        }
        v.check(!day.isBefore(notBefore), field, "must not be before " + notBefore);
        v.check(!day.isAfter(notAfter), field, "must not be after " + notAfter);
    }

    private static String text(Violations v, String field, String text) {
        if (text == null || text.isBlank()) {
            v.add(field, "is required");
            return null;
        }
        if (text.strip().length() > MAX_TEXT) {
            v.add(field, "must be at most " + MAX_TEXT + " characters");
            return null;
        }
        return text.strip();
    }

    public UUID id() { return id; }
    public ChildId childId() { return childId; }
    public UUID episodeId() { return episodeId; }
    public Type type() { return type; }
    public LocalDate offeredOn() { return offeredOn; }
    public LocalDate declinedOn() { return declinedOn; }
    public LocalDate heldOn() { return heldOn; }
    public List<Attendee> attendees() { return attendees; }
    public String familyPlan() { return familyPlan; }

    @Override
    public long version() {
        return version;
    }
}
