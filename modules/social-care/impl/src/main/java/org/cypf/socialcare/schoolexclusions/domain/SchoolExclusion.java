package org.cypf.socialcare.schoolexclusions.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;

/**
 * A school's suspension or permanent exclusion on a child's social care record. The allocated worker is alerted when
 * the child had a social worker (an open referral or child protection plan) or was looked after on its start date:
 * being out of school is a risk to a child the authority is already working with (S004).
 */
public record SchoolExclusion(UUID exclusionId, ChildId childId, int urn, String category, String reason,
                              LocalDate startDate, Integer sessions, boolean alertRaised) {
    public SchoolExclusion {
        Objects.requireNonNull(exclusionId, "exclusionId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(startDate, "startDate");
    }
}
