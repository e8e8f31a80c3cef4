package org.cypf.socialcare.api.assessment;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;

/**
 * A referral (CIN episode) as a client sees it, with its assessments; {@code version} is what a change must quote.
 *
 * @param contactId  the contact whose decision made it a referral, if any
 * @param reReferral within 12 months of a previous referral of the child (DfE CIN definition)
 */
public record ReferralView(UUID referralId, String childId, @Sensitive(PERSONAL) String localChildId, LocalDate referralDate, String source,
                          UUID contactId, boolean reReferral, LocalDate closureDate, String closureReason,
                          List<AssessmentView> assessments, long version) {
    public ReferralView {
        assessments = List.copyOf(assessments);
    }
}
