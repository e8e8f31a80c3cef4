package org.cypf.familysupport.api.earlyhelp;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/**
 * The lead practitioner steps the child up to children's social care's front door, once per episode. The front door
 * finds the child by the authority's reference, date of birth and sex (SSDA903 CHILD, DOB, SEX), which family
 * support does not otherwise hold, so the step-up gives them.
 *
 * @param localChildId the authority's reference for the child (SSDA903 CHILD)
 * @param sex          as SSDA903 records it: 1 male, 2 female
 * @param reason       why early help steps up, in the lead practitioner's words
 */
public record StepUpToSocialCare(UUID episodeId, long version, LocalDate steppedUpOn, @Sensitive(PERSONAL) String localChildId,
                                 @Sensitive(PERSONAL) LocalDate dateOfBirth, String sex, String reason,
                                 @Nullable List<FamilyMember> familyMembers) {
    public StepUpToSocialCare {
        familyMembers = familyMembers == null ? null : List.copyOf(familyMembers);
    }
}
