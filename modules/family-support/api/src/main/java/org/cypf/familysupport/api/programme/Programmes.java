package org.cypf.familysupport.api.programme;

import java.util.UUID;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;

/**
 * Programmes families and children take part in (S000): Family Matters, Holiday Activities and Food (HAF) with the
 * sessions attended, and parenting programmes. An enrolment is a child's record: every use case is authorised and
 * audited through governance's access port.
 */
public interface Programmes {
    EnrolmentView enrol(Caller caller, EnrolInProgramme command);

    /** A session of the programme on one day, attended or missed; once per day. */
    EnrolmentView recordSession(Caller caller, RecordSession command);

    EnrolmentView enrolment(Caller caller, UUID enrolmentId);

    /** Enrolments of the children the caller may see, newest first, filtered and paged in the store. */
    Page<EnrolmentView> enrolments(Caller caller, EnrolmentFilter filter, Slice slice);
}
