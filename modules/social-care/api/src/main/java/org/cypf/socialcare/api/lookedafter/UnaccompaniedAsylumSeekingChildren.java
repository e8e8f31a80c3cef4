package org.cypf.socialcare.api.lookedafter;

import org.cypf.governance.api.access.Caller;

/** Unaccompanied asylum-seeking children (SSDA903 UASC). Every call is authorised and audited. */
public interface UnaccompaniedAsylumSeekingChildren {

    /** Records that the child is (or was) an UASC, and the date they ceased to be one (DUC) when they have. */
    UascView recordUasc(Caller caller, RecordUasc command);

    /** The child's UASC status ({@code unaccompanied} false and version 0 when none is recorded). */
    UascView uasc(Caller caller, String childId);
}
