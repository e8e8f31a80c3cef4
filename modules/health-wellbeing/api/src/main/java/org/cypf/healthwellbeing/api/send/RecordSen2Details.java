package org.cypf.healthwellbeing.api.send;

import static org.cypf.kernel.contract.Sensitive.Category.PERSONAL;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;
import org.cypf.kernel.contract.Sensitive;

/**
 * What the DfE's SEN2 return asks of the person and the request (modules 1 and 2), as the request gave them: each
 * may be left out until known, and the SEN2 export's validation names what is still missing. {@code sex} M or F;
 * {@code ethnicity} a DfE ethnicity code; {@code upn} with its check letter, {@code uln} 10 digits, or
 * {@code upnUnknown} UN1-UN10; {@code requestSource} 1 parent or young person, 2 school or setting, 3 health, 4 social
 * care, 5 other; {@code rya} whether the young person was in youth custody when first requested.
 */
public record RecordSen2Details(UUID requestId, @Sensitive(PERSONAL) @Nullable String surname,
                                @Sensitive(PERSONAL) @Nullable String forename,
                                @Sensitive(PERSONAL) @Nullable LocalDate birthDate, @Nullable String sex,
                                @Nullable String ethnicity, @Sensitive(PERSONAL) @Nullable String postcode,
                                @Sensitive(PERSONAL) @Nullable String upn, @Nullable String uln,
                                @Nullable String upnUnknown, @Nullable Integer requestSource, @Nullable Boolean rya,
                                long version) {}
