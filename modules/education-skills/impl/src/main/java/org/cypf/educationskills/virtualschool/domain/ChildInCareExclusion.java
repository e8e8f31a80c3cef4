package org.cypf.educationskills.virtualschool.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.cypf.kernel.identity.ChildId;

/**
 * A suspension or permanent exclusion on a child in care's education record: the school's exclusion, under the
 * registration (time in care) it happened in and the child's id as social care gave it.
 */
public record ChildInCareExclusion(UUID exclusionId, UUID registrationId, ChildId childId, int urn, String category,
                                   String reason, LocalDate startDate, Integer sessions) {
    public ChildInCareExclusion {
        Objects.requireNonNull(exclusionId, "exclusionId");
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(startDate, "startDate");
    }

    /** The exclusion, recorded against {@code registration}. */
    public static ChildInCareExclusion of(VirtualSchoolRegistration registration, UUID exclusionId, int urn,
                                          String category, String reason, LocalDate startDate, Integer sessions) {
        return new ChildInCareExclusion(exclusionId, registration.id(), registration.childId(), urn, category, reason,
                startDate, sessions);
    }
}
