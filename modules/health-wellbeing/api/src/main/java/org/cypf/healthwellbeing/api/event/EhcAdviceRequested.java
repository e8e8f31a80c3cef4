package org.cypf.healthwellbeing.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * Health asked another context for its advice to an EHC needs assessment, due within 6 weeks (SEND Regulations 2014,
 * regulation 8). {@code adviser} names the context asked (social-care or education-skills); each subscribes and
 * filters on it, and answers with its own event.
 *
 * @param childId partnership-wide child identifier (kernel ChildId text)
 */
@PublishedEvent(name = "health-wellbeing.ehc-advice-requested")
public record EhcAdviceRequested(@Sensitive(PERSONAL) String childId, UUID requestId, String adviser,
                                 LocalDate requestedOn, LocalDate dueBy) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}
