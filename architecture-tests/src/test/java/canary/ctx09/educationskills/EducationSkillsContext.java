package canary.ctx09.educationskills;

import canary.ctx09.socialcare.api.query.CareStatus;
import canary.ctx09.socialcare.api.query.LookedAfterStatus;

/** Allowed: the assembly class wires social care's query port into one of its own. */
public class EducationSkillsContext {
    public EducationSkillsContext(LookedAfterStatus status) {
        java.util.function.Function<String, Boolean> inCare =
                child -> status.statusOf(child).map(CareStatus::lookedAfter).orElse(false);
    }
}
