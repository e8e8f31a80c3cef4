package org.cypf.governance.api.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded involvement with a child, including a creator's ({@code CREATED-RECORD}). */
public record Involvement(UUID involvementId, UUID childId, String userId, String organisation, String kind,
                          String team, String purpose, LocalDate validFrom, LocalDate validTo, String recordedBy,
                          Instant recordedAt) {}
