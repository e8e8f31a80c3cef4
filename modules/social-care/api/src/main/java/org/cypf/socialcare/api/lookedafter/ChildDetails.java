package org.cypf.socialcare.api.lookedafter;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;
import org.cypf.kernel.identity.NhsNumber;
import org.cypf.kernel.identity.UniquePupilNumber;

/**
 * The child's identifiers as the SSDA903 header holds them.
 *
 * @param localChildId the authority's own reference (SSDA903 CHILD), up to 10 characters
 * @param upn          unique pupil number, when the child has one
 * @param nhsNumber    NHS number, when known
 * @param sex          SSDA903 SEX: {@code 1} male, {@code 2} female
 */
public record ChildDetails(@Sensitive(PERSONAL) String localChildId, @Sensitive(PERSONAL) @Nullable UniquePupilNumber upn,
                           @Sensitive(PERSONAL) @Nullable NhsNumber nhsNumber,
                           @Sensitive(PERSONAL) LocalDate dateOfBirth, String sex) {}
