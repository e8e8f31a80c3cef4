package org.cypf.governance.api.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What one context does for retention (ADR 0034): it finds its records whose retention period under a
 * {@link RetentionRule} has ended, and anonymises one. Each context implements it over its own schema, in a
 * {@code retention} capability of its own, as it implements {@link ChildRecordSource} for subject access; governance
 * authorises, reviews and audits every step and calls a source only for an authorised caller.
 *
 * <p>Anonymising a record removes what identifies the child (identifiers, postcodes, free text, names of family
 * members) and detaches the record from the child's partnership id, moving it to a pseudonym of the child that is
 * the same for all of that child's anonymised records in the context and is forgotten once the last is anonymised.
 * Dates, codes and counts stay, so every count and measure the context computes is the same before and after.
 *
 * <p>A record whose child is under a legal hold (ADR 0037) is never anonymised: governance passes the children it
 * holds ({@code held}, partnership child ids), the context lists their records as held and refuses to anonymise them
 * in the same transaction that would.
 */
public interface RecordRetention {

    /** The context's name, e.g. {@code social-care}. */
    String context();

    /**
     * The records due on {@code date} (due on or before it) and not yet anonymised, by due date, record type and id:
     * {@code limit} of them after the first {@code offset}, read in the query (governance pages across the contexts);
     * those of a child in {@code held} are marked held.
     */
    List<DueRecord> due(LocalDate date, Set<UUID> held, long offset, int limit);

    /** How many records {@link #due} lists on {@code date}, counted by the same condition. */
    long countDue(LocalDate date);

    /** The record, if it is of this context, due on {@code date} and not yet anonymised; held if its child is in {@code held}. */
    Optional<DueRecord> dueRecord(String recordType, UUID recordId, LocalDate date, Set<UUID> held);

    /**
     * Anonymises the record in the context's own transaction if it is due on {@code date}, and answers it; answers it
     * too, changing nothing, when it was anonymised already (so an approval retried after a failure completes); empty
     * when the context holds no such record or it is not due. A record whose child is in {@code held} is answered
     * held, changing nothing.
     */
    Optional<DueRecord> anonymise(String recordType, UUID recordId, LocalDate date, Set<UUID> held);
}
