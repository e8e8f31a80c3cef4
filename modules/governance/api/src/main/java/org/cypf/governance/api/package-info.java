/**
 * Governance's published language. Two kinds of port live here:
 * <ul>
 *   <li>ports every context <em>uses</em>: {@link org.cypf.governance.api.access.ChildRecordAccess}, through which
 *       every read and write of a child's record is authorised and audited;</li>
 *   <li>ports contexts <em>implement</em> for governance: {@link org.cypf.governance.api.measure.MeasureSource},
 *       which computes a strategic measure from the context's records, and
 *       {@link org.cypf.governance.api.access.ChildRecordSource}, which returns what the context holds about one
 *       child for a subject access request.</li>
 * </ul>
 * Plus governance's own use cases (the scorecard). Governance's implementation never names a context; the app wires them.
 */
package org.cypf.governance.api;
