package org.cypf.healthwellbeing.api.healthychild;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Sensitive;

/**
 * How a mandated review ended. {@code review} is ANTENATAL, NEW_BIRTH, SIX_TO_EIGHT_WEEKS, ONE_YEAR or
 * TWO_AND_A_HALF_YEARS; {@code outcome} DONE, MISSED or DECLINED; {@code on} the day it was done, declined, or
 * recorded as missed (after its window closed). The caller last read the child at {@code version}.
 */
public record RecordMandatedReview(@Sensitive(PERSONAL) String nhsNumber, String review, String outcome, LocalDate on,
                                   long version) {}
