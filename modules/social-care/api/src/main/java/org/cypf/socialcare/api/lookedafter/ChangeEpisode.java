package org.cypf.socialcare.api.lookedafter;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A change of legal status or placement: the open episode ends on {@code date} with REC X1 and the next opens the
 * same day (SSDA903). What RNE says changes must be given; what it says stays is left null (it is carried over).
 *
 * @param reasonForNewEpisode RNE: L legal status only; P placement and carer; T placement, same carer; B legal
 *                            status, placement and carer; U legal status and placement, same carer
 * @param legalStatus         the new LS, for L, B and U
 * @param categoryOfNeed      CIN, when it changes (usually it does not)
 * @param placement           the new placement, for P, T, B and U
 * @param reasonPlaceChange   REASON_PLACE_CHANGE, for P, T, B and U (e.g. CARPL care plan, CREQB carer's request),
 *                            held on the episode the change ends (DfE rule 225); blank when either placement is
 *                            temporary, T0-T4 (DfE rule 226)
 * @param version             the version of the period of care the caller read
 */
public record ChangeEpisode(UUID periodId, LocalDate date, String reasonForNewEpisode, @Nullable String legalStatus,
                            @Nullable String categoryOfNeed, @Nullable Placement placement,
                            @Nullable String reasonPlaceChange, long version) {}
