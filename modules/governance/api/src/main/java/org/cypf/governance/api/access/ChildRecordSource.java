package org.cypf.governance.api.access;

import java.util.List;
import org.cypf.kernel.identity.ChildId;

/**
 * What one context holds about one child, for a subject access request (UK GDPR Article 15; ADR 0032). Each context
 * implements it over its own data, as it implements {@code MeasureSource} for measures; governance composes them and
 * authorises and audits the request once, so a source is called only for an authorised request. A source returns
 * only records about {@code child}, never a record about another child.
 */
public interface ChildRecordSource {

    /** The context's name, e.g. {@code social-care}. */
    String context();

    /** Every record the context holds about the child, in a stable order; empty when it holds none. */
    List<HeldRecord> recordsOf(ChildId child);
}
