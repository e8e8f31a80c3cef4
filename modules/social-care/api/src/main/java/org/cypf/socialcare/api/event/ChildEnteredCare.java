package org.cypf.socialcare.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;
import static org.cypf.kernel.contract.Sensitive.Category.SOCIAL_CARE;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * A child started to be looked after. Subscribers with a statutory duty to children in care act on it: the
 * virtual school (Personal Education Plan), health (initial health assessment).
 *
 * @param childId partnership-wide child identifier (kernel ChildId text)
 * @param upn     unique pupil number, or null when the child has none recorded
 */
@PublishedEvent(name = "social-care.child-entered-care")
public record ChildEnteredCare(@Sensitive(PERSONAL) String childId, UUID periodId,
                               @Sensitive(SOCIAL_CARE) LocalDate startDate,
                               @Sensitive(PERSONAL) LocalDate dateOfBirth, @Sensitive(PERSONAL) String upn,
                               @Sensitive(SOCIAL_CARE) String legalStatus,
                               @Sensitive(SOCIAL_CARE) String placementType) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}
