package org.cypf.socialcare.api.protection;

import org.cypf.governance.api.access.Caller;

/**
 * The 15 working day clock of the initial child protection conference (Working Together 2023; DOMAIN.md): a
 * conference not held by its due date is overdue, and the child's allocated worker is told once (ADR 0108). Run by a
 * CYPF component on a schedule, as a system caller; each child told about is authorised and audited.
 */
public interface ConferencesOverdue {
    /** The most overdue conferences one check looks at; the next check carries on. */
    int MAX_PER_CHECK = 1_000;

    /**
     * Tells the allocated worker of each child whose initial conference is overdue today, once per enquiry however
     * often it runs; answers how many overdue conferences it found.
     */
    int notifyOverdue(Caller caller);
}
