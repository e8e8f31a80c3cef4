/**
 * Technical plumbing shared by every context: transactions over jOOQ ({@code db}), the outbox/inbox event
 * machinery ({@code events}), RFC 9457 problem details and JSON over Helidon ({@code http}), the JSON mapping
 * ({@code json}) and the store of {@code Idempotency-Key}s ({@code idempotency}). No domain terms live here; if a class needs a word from the seeds, it belongs in a context.
 */
package org.cypf.platform;
