package org.cypf.governance.api.retention;

import java.util.UUID;

/**
 * A legal hold on one child's records.
 *
 * @param childId   the child's partnership id
 * @param authority who asked for it, e.g. "IICSA retention instruction" or a claim's reference, 1 to 200 characters
 * @param reason    why, in the words of the person placing it, 1 to 2000 characters
 */
public record PlaceLegalHold(UUID childId, String authority, String reason) {}
