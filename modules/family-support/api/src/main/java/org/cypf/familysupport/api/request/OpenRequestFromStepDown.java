package org.cypf.familysupport.api.request;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.kernel.contract.Nullable;

/**
 * A request for support opened from social care's step-down of a contact.
 *
 * @param contactId  the contact social care stepped down: a request is opened once per contact
 * @param worry      the worry in the contact's words, handed over as the request's need
 * @param handedOver the rest of what the front door knew (referral source, date of birth, family members), kept with
 *                   the request so the family need not tell its story again
 */
public record OpenRequestFromStepDown(String childId, UUID contactId, LocalDate decidedOn, String worry,
                                      @Nullable HandedOverHistory handedOver) {}
