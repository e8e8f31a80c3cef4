package org.cypf.healthwellbeing.api.send;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/** A request for an EHC needs assessment received; the NHS number, when given, must pass its check digit. */
public record ReceiveEhcRequest(String childId, @Sensitive(PERSONAL) @Nullable String nhsNumber,
                                LocalDate receivedOn) {}
