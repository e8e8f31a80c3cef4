package org.cypf.socialcare.api.privatefostering;

import java.time.LocalDate;
import org.cypf.socialcare.api.lookedafter.ChildDetails;

/** The council is told of an arrangement: which child, and since when. */
public record NotifyArrangement(ChildDetails child, LocalDate startDate) {}
