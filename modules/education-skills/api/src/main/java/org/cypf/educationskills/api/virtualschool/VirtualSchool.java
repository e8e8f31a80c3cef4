package org.cypf.educationskills.api.virtualschool;

import java.util.List;
import org.cypf.governance.api.access.Caller;

/**
 * The virtual school: the virtual school head's duty to promote the education of every child the authority looks
 * after (Children and Families Act 2014, s.99). Children join when social care says they entered care.
 */
public interface VirtualSchool {

    /** Registers a child who entered care; a second registration of the same entry changes nothing. */
    VirtualSchoolChildView register(Caller caller, RegisterChildInCare command);

    /** Records that a registered child left care; nothing happens for a child who is not on the roll. */
    void recordLeftCare(Caller caller, RecordChildLeftCare command);

    /** Children on the virtual school's roll now (registered and not left care). */
    List<VirtualSchoolChildView> children(Caller caller);
}
