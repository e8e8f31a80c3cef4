package org.cypf.kernel.identity;

import java.util.UUID;

/**
 * Any person the partnership records who is not the child the record is about: a parent, carer, sibling, practitioner
 * or other significant adult. One identifier across services, distinct from any one system's local reference.
 */
public record PersonId(UUID value) {

    public PersonId {
        Uuids.required(value);
    }

    /** A fresh random identifier, for a person recorded for the first time. */
    public static PersonId newId() {
        return new PersonId(UUID.randomUUID());
    }

    /** Reads the canonical UUID text (any letter case, surrounding blanks ignored). */
    public static PersonId parse(String text) {
        return new PersonId(Uuids.parse(text));
    }

    public static PersonId of(UUID value) {
        return new PersonId(value);
    }

    /** The UUID text, as stored and as sent in URLs and events. */
    @Override
    public String toString() {
        return value.toString();
    }
}
