package org.cypf.governance.api.access;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A record whose retention period has ended, for the retention report (ADR 0034). Names the record, never the child:
 * no name, date of birth or identifier of the child.
 *
 * @param recordType the kind of record in the context's words, e.g. {@code period-of-care}
 * @param dueOn      the day its retention period ended (the rule's anchor plus its years)
 * @param rule       the rule that made it due (its id, e.g. {@code CARE-RECORD})
 * @param held       its child is under a legal hold (ADR 0037): it is not anonymised while held
 */
public record DueRecord(String context, String recordType, UUID recordId, LocalDate dueOn, String rule, boolean held) {
    public DueRecord {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(rule, "rule");
    }
}
