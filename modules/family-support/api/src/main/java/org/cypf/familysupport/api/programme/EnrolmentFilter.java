package org.cypf.familysupport.api.programme;

import org.cypf.kernel.contract.Nullable;

/** Which enrolments a list holds: one programme's, or every programme's when null. */
public record EnrolmentFilter(@Nullable String programme) {}
