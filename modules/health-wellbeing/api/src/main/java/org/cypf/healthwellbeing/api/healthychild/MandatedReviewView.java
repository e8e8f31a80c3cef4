package org.cypf.healthwellbeing.api.healthychild;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/** One child's mandated review, in a list of reviews due. */
public record MandatedReviewView(@Sensitive(PERSONAL) String nhsNumber, String childId, String review,
                                 LocalDate opensOn,
                                 LocalDate closesOn, @Nullable String outcome, @Nullable LocalDate outcomeOn) {}
