package org.cypf.governance.api.subjectaccess;

import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.identity.ChildId;

/**
 * Subject access: everything held about one child across every context (ADR 0032). Only a role whose governance grant
 * reads {@value #RECORD_TYPE} may (the auditor, for information governance); the export is itself audited as an
 * access to the child's record, and a refusal is audited too.
 */
public interface SubjectAccess {
    String RECORD_TYPE = "subject-access";

    SubjectAccessExport export(Caller caller, ChildId child);
}
