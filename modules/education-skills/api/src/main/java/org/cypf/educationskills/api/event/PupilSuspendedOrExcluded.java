package org.cypf.educationskills.api.event;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * A school suspended ({@code category} {@code SUSPENSION}, for {@code sessions} half days) or permanently excluded
 * ({@code PERMANENT}) a pupil, for the DfE reason {@code reason}. Published once per exclusion, when education first
 * records it. {@code childId} is education's id for the pupil; other contexts match their own child by {@code upn}.
 */
@PublishedEvent(name = "education-skills.pupil-suspended-or-excluded")
public record PupilSuspendedOrExcluded(UUID exclusionId, String childId, String upn, int urn, String category,
                                       String reason, LocalDate startDate, Integer sessions)
        implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}
