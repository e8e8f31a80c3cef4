package org.cypf.governance.api.retention;

import java.util.UUID;

/**
 * A proposal to anonymise one record the retention report lists.
 *
 * @param reason why, in the proposer's words (e.g. the review that found it is no longer needed), 1 to 2000 characters
 */
public record ProposeAnonymisation(String context, String recordType, UUID recordId, String reason) {}
