package org.cypf.socialcare.api.protection;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * A child protection enquiry as a client sees it; {@code version} is what a change must quote back.
 *
 * @param conferenceDueDate         15 working days after the last strategy discussion (CIN census InitialCPCtarget)
 * @param conferenceWithinTimescale null until the conference is held
 * @param conferenceNotRequired     the section 47 enquiry concluded without a conference (CIN census ICPCnotRequired)
 */
public record EnquiryView(UUID enquiryId, String childId, @Sensitive(PERSONAL) String localChildId, UUID referralId,
                          List<LocalDate> strategyDiscussions, LocalDate section47StartDate, String section47Outcome,
                          LocalDate section47OutcomeDate, LocalDate conferenceDueDate, LocalDate conferenceDate,
                          String conferenceOutcome, Boolean conferenceWithinTimescale, boolean conferenceNotRequired,
                          long version) {
    public EnquiryView {
        strategyDiscussions = List.copyOf(strategyDiscussions);
    }
}
