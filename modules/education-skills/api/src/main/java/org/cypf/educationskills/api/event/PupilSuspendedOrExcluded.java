package org.cypf.educationskills.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.EDUCATION;
import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * A school suspended ({@code category} {@code SUSPENSION}, for {@code sessions} half days) or permanently excluded
 * ({@code PERMANENT}) a pupil, for the DfE reason {@code reason}. Published once per exclusion, when education first
 * records it. {@code childId} is education's id for the pupil; other contexts match their own child by {@code upn}.
 */
@PublishedEvent(name = "education-skills.pupil-suspended-or-excluded")
public record PupilSuspendedOrExcluded(UUID exclusionId, @Sensitive(PERSONAL) String childId,
                                       @Sensitive(PERSONAL) String upn, int urn,
                                       @Sensitive(EDUCATION) String category, @Sensitive(EDUCATION) String reason,
                                       @Sensitive(EDUCATION) LocalDate startDate,
                                       @Sensitive(EDUCATION) Integer sessions) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}
