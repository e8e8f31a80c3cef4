package canary.ctx09.educationskills.virtualschool.adapter.out.socialcare;

import canary.ctx09.socialcare.api.query.LookedAfterStatus;

/** Breach: only an incoming event adapter or the assembly class may use another context's api. */
public class BreachAdapterAsksSocialCare {
    public boolean inCare(LookedAfterStatus status, String child) {
        return status.statusOf(child).isPresent();
    }
}
