package org.cypf.governance.access.domain;

/**
 * A checkpoint of the chain: every audit row written by a transaction below {@code horizon} is linked at or before
 * {@code lastPosition}, and the seal's hash covers the chain's head and the seal before.
 *
 * @param firstPosition the first link this seal added
 * @param horizon       the snapshot horizon (PostgreSQL {@code xid8}) the sealer saw: no transaction below it was open
 */
public record AuditSeal(long sealId, long horizon, long firstPosition, long lastPosition, String headHash,
                        String previousHash, String hash) {}
