package org.cypf.governance.access.domain;

/**
 * One sealed audit row's place in the chain: its content's hash, chained to the link before.
 *
 * @param position     1, 2, 3, ... in the chain's order
 * @param previousHash the hash of the link at {@code position - 1}; {@link AuditChain#GENESIS} for the first
 * @param hash         SHA-256 of {@code previousHash} and the row's {@link AuditedAccess#content()}
 */
public record AuditLink(long position, long accessId, long sealId, String previousHash, String hash) {}
