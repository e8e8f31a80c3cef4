package org.cypf.governance.api.access;

/**
 * What a sealing did.
 *
 * @param sealId      the new seal, or 0 when there was nothing new to seal
 * @param rowsSealed  how many audit rows it linked into the chain
 * @param chainLength how many rows the chain holds now
 * @param sealHash    the latest seal's hash (zeros before the first): publish it to anchor the chain outside the database
 */
public record AuditSealing(long sealId, long rowsSealed, long chainLength, String sealHash) {}
