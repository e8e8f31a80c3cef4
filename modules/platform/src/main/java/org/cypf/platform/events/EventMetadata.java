package org.cypf.platform.events;

import java.time.Instant;
import java.util.UUID;

/** What the outbox knows about an event besides its payload. */
public record EventMetadata(UUID eventId, String name, int version, String sourceContext,
                            String aggregateId, Instant occurredAt, long position) {}
