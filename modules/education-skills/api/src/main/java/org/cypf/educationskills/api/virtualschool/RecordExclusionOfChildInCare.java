package org.cypf.educationskills.api.virtualschool;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.identity.UniquePupilNumber;

/**
 * A school suspended ({@code SUSPENSION}) or permanently excluded ({@code PERMANENT}) the pupil with {@code upn} from
 * {@code startDate}, for the DfE reason {@code reason}; for the virtual school's record when the pupil was then in care.
 */
public record RecordExclusionOfChildInCare(UUID exclusionId, @Sensitive(PERSONAL) UniquePupilNumber upn, int urn,
                                           String category,
                                           String reason, LocalDate startDate, Integer sessions) {}
