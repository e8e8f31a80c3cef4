package canary.layer04.educationskills.virtualschool.application;

import canary.layer04.educationskills.virtualschool.domain.VirtualSchoolRoll;
import canary.layer04.governance.api.AuditTrail;

/** Allowed: own domain, governance's api, Java. */
public class EnrolInVirtualSchool {
    public VirtualSchoolRoll enrol(String childId, AuditTrail audit) {
        audit.record("enrolled " + childId);
        return new VirtualSchoolRoll(childId);
    }
}
