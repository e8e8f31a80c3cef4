package org.cypf.governance.api.retention;

import java.time.LocalDate;
import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.DueRecord;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * Retention (ADR 0034): which records are due for review under the national rules ({@code RetentionRule}), and their
 * reviewed anonymisation. Only a role whose governance grant covers {@value #RECORD_TYPE} may (the auditor and the
 * administrator): reading the report needs the grant to read, proposing and approving the grant to write. An
 * anonymisation is proposed by one person and approved by another (separation of duties, rule
 * {@code SEPARATION-OF-DUTIES}); the approval carries it out through the record's context. Every step, granted or
 * refused, is audited.
 */
public interface Retention {
    String RECORD_TYPE = "retention";
    /** The rule an audit row names when a retention role allowed the step. */
    String RETENTION_ROLE = "RETENTION-ROLE";

    /** The records due on {@code date}, every context's, by context then due date: a dry run that changes nothing. */
    Page<DueRecord> due(Caller caller, LocalDate date, Slice slice);

    /** Proposes anonymising a record that is due today. */
    AnonymisationView propose(Caller caller, ProposeAnonymisation proposal);

    /** Approves a proposal made by someone else, and carries it out. */
    AnonymisationView approve(Caller caller, UUID anonymisationId);

    AnonymisationView anonymisation(Caller caller, UUID anonymisationId);
}
