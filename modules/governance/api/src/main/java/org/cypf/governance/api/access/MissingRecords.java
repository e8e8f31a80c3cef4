package org.cypf.governance.api.access;

/**
 * Asked before any route answers that an id names nothing (404): a caller who may see no record of the context at
 * all (no role with a grant in it, or no data-sharing agreement covering it for their organisation) is refused (403,
 * audited with no child) instead, alike whether or not the record exists (ADR 0033). The app asks it for every
 * context's routes, so it holds even where a context's use case loads a record before authorising; a context's own
 * use cases decide finer (the record type, involvement) through {@link ContextRecordAccess#authoriseMissing}.
 */
public interface MissingRecords {

    /**
     * @param context the context whose route answered 404 (the path's first segment, e.g. {@code social-care})
     * @throws org.cypf.kernel.problem.AccessDenied when the caller may see no record of the context (after auditing)
     */
    void authoriseMissingIn(Caller caller, String context);
}
