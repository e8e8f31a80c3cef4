package org.cypf.governance.api.retention;

/** @param reason why the hold is lifted (the inquiry has closed, the claim is settled), 1 to 2000 characters */
public record LiftLegalHold(String reason) {}
