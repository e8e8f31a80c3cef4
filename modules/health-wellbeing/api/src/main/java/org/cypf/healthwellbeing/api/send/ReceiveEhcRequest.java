package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;

/** A request for an EHC needs assessment received; the NHS number, when given, must pass its check digit. */
public record ReceiveEhcRequest(String childId, @Nullable String nhsNumber, LocalDate receivedOn) {}
