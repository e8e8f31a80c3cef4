package org.cypf.healthwellbeing.api.childrenincare;

import java.util.List;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;

/**
 * The health of children in care: a record for each period of care, opened when social care says the child entered
 * care, with the initial health assessment due 20 working days later and the checks the statutory guidance asks
 * for (review health assessments, dental checks, immunisations, strengths and difficulties questionnaires).
 */
public interface ChildrenInCareHealth {

    /** Opens the period of care's record; a second call for the same period answers the record it opened. */
    CareHealthView registerEntryToCare(Caller caller, RegisterEntryToCare command);

    /** Records a check done; the caller last read the record at {@code command.version()}. */
    CareHealthView recordCheck(Caller caller, RecordHealthCheck command);

    CareHealthView record(Caller caller, UUID recordId);

    /** A child's records, one per period of care, oldest first. */
    List<CareHealthView> childRecords(Caller caller, String childId);

    /**
     * The records the caller may see listed (ADR 0033), next health assessment due first: the page {@code page}
     * (from 1) of {@code size}, read from the database a page at a time, with their total.
     */
    CareHealthPage assessmentsDue(Caller caller, int page, int size);
}
