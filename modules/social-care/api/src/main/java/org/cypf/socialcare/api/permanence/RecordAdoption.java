package org.cypf.socialcare.api.permanence;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * The adoption steps for a child in a period of care, as the SSDA903 holds them.
 *
 * @param decisionDate          the agency decision maker's decision that the child should be placed for adoption
 *                              (AD1 DATE_INT; PlacedAdoption DATE_PLACED)
 * @param matchedDate           matched with prospective adopters (AD1 DATE_MATCH)
 * @param adoptedByFosterCarer  AD1 FOSTER_CARE: the adopters are the child's foster carers
 * @param numberOfAdopters      AD1 NB_ADOPTR: 1 or 2
 * @param sexOfAdopters         AD1 SEX_ADOPTR: M1, F1, MM, FF, MF
 * @param legalStatusOfAdopters AD1 LS_ADOPTR: L0, L11, L12, L2, L3, L4
 * @param decisionCeasedDate    the decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED)
 * @param decisionCeasedReason  REASON_PLACED_CEASED: RD1-RD4
 */
public record RecordAdoption(UUID periodId, @Nullable LocalDate decisionDate, @Nullable LocalDate matchedDate,
                             @Nullable Boolean adoptedByFosterCarer, @Nullable Integer numberOfAdopters,
                             @Nullable String sexOfAdopters, @Nullable String legalStatusOfAdopters,
                             @Nullable LocalDate decisionCeasedDate, @Nullable String decisionCeasedReason, long version) {}
