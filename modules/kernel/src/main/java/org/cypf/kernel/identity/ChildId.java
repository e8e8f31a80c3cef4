package org.cypf.kernel.identity;

import java.util.UUID;

/**
 * A child or young person known to the partnership: one identifier across social care, education, health and family support,
 * distinct from any one system's local reference (a case number, an MIS admission number, an NHS number), so records
 * held by different services can be joined without sharing those references.
 */
public record ChildId(UUID value) {

    public ChildId {
        Uuids.required(value);
    }

    /** A fresh random identifier, for a child recorded for the first time. */
    public static ChildId newId() {
        return new ChildId(UUID.randomUUID());
    }

    /** Reads the canonical UUID text (any letter case, surrounding blanks ignored). */
    public static ChildId parse(String text) {
        return new ChildId(Uuids.parse(text));
    }

    public static ChildId of(UUID value) {
        return new ChildId(value);
    }

    /** The UUID text, as stored and as sent in URLs and events. */
    @Override
    public String toString() {
        return value.toString();
    }
}
