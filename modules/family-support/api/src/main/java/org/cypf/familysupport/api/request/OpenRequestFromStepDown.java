package org.cypf.familysupport.api.request;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A request for support opened from social care's step-down of a contact.
 *
 * @param contactId the contact social care stepped down: a request is opened once per contact
 * @param worry     the worry in the contact's words, handed over as the request's need
 */
public record OpenRequestFromStepDown(String childId, UUID contactId, LocalDate decidedOn, String worry) {}
