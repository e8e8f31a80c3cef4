package org.cypf.socialcare.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;
import static org.cypf.kernel.contract.Sensitive.Category.SOCIAL_CARE;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/** A child stopped being looked after; {@code reasonCeased} is the SSDA903 REC code. */
@PublishedEvent(name = "social-care.child-left-care")
public record ChildLeftCare(@Sensitive(PERSONAL) String childId, UUID periodId,
                            @Sensitive(SOCIAL_CARE) LocalDate endDate, @Sensitive(SOCIAL_CARE) String reasonCeased) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}
