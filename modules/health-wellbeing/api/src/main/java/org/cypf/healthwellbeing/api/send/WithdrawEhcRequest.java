package org.cypf.healthwellbeing.api.send;

import java.time.LocalDate;
import java.util.UUID;

/** The request or its assessment was withdrawn or ceased before the decision it waited for (SEN2 outcome W). */
public record WithdrawEhcRequest(UUID requestId, LocalDate withdrawnOn, long version) {}
