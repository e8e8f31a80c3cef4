package org.cypf.healthwellbeing.api.healthychild;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/** One child's mandated review, in a list of reviews due. */
public record MandatedReviewView(String nhsNumber, String childId, String review, LocalDate opensOn,
                                 LocalDate closesOn, @Nullable String outcome, @Nullable LocalDate outcomeOn) {}
