package org.cypf.governance.api.strategy;

import java.time.LocalDate;

/** Which stored value: a measure's value on a date, of a part ({@code breakdown}) or, when null, of the whole. */
public record ObservationKey(String measureId, String breakdown, LocalDate asAt) {}
