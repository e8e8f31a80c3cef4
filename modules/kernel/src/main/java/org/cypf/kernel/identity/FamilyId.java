package org.cypf.kernel.identity;

import java.util.UUID;

/**
 * A family or household the partnership works with (for example in Early Help or Supporting Families): one identifier
 * across services, distinct from any one system's local reference, because the same family is often known to several teams
 * under different references.
 */
public record FamilyId(UUID value) {

    public FamilyId {
        Uuids.required(value);
    }

    /** A fresh random identifier, for a family recorded for the first time. */
    public static FamilyId newId() {
        return new FamilyId(UUID.randomUUID());
    }

    /** Reads the canonical UUID text (any letter case, surrounding blanks ignored). */
    public static FamilyId parse(String text) {
        return new FamilyId(Uuids.parse(text));
    }

    public static FamilyId of(UUID value) {
        return new FamilyId(value);
    }

    /** The UUID text, as stored and as sent in URLs and events. */
    @Override
    public String toString() {
        return value.toString();
    }
}
