package org.cypf.familysupport.api.familyhub;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/**
 * A regular weekly opening of a Family Hub, as an Open Referral UK {@code schedule} with {@code freq} WEEKLY says it.
 *
 * @param byday       the days, as iCalendar BYDAY codes separated by commas: {@code MO,TU,WE}
 * @param opensAt     the time it opens, {@code HH:mm}
 * @param closesAt    the time it closes, {@code HH:mm}, after it opens
 * @param validFrom   the first day these times hold (none: since before today)
 * @param validTo     the last day these times hold (none: until changed)
 * @param description what a family should know ("Term time only", "Stay and play drop-in")
 */
public record FamilyHubOpeningTime(String byday, String opensAt, String closesAt, @Nullable LocalDate validFrom,
                                   @Nullable LocalDate validTo, @Nullable String description) {}
