package org.cypf.educationskills.api.event;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.event.IntegrationEvent;
import org.cypf.kernel.event.PublishedEvent;

/**
 * Education answered health's request for its advice to an EHC needs assessment (health-wellbeing.ehc-advice-requested,
 * SEND Regulations 2014, regulation 6(1)), on {@code givenOn}. Health subscribes and records the answer against the
 * request it names, once.
 *
 * @param childId   partnership-wide child identifier (kernel ChildId text)
 * @param requestId health's request for an EHC needs assessment the advice is for
 */
@PublishedEvent(name = "education-skills.ehc-advice-given")
public record EhcAdviceGiven(@Sensitive(PERSONAL) String childId, UUID requestId, LocalDate givenOn) implements IntegrationEvent {
    @Override
    public String aggregateId() {
        return childId;
    }
}
