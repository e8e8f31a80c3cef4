package org.cypf.socialcare.api.privatefostering;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/** An arrangement as the caller sees it; {@code endDate} is null while it lasts. */
public record ArrangementView(UUID arrangementId, String childId, LocalDate startDate, @Nullable LocalDate endDate,
                              long version) {}
