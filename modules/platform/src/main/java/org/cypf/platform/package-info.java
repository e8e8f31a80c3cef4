/**
 * Technical plumbing shared by every context: transactions over jOOQ ({@code db}), the outbox/inbox event
 * machinery ({@code events}), RFC 9457 problem details and JSON over Helidon ({@code http}) and the JSON mapping
 * ({@code json}). No domain terms live here; if a class needs a word from the seeds, it belongs in a context.
 */
package org.cypf.platform;
