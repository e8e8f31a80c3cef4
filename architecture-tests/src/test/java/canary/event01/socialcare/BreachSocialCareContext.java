package canary.event01.socialcare;

import canary.event01.familysupport.api.event.EarlyHelpSteppedUp;

/** Breach: the assembly class names another context's event; only the subscriber it wires may. */
public class BreachSocialCareContext {
    public Class<?> subscribedTo() {
        return EarlyHelpSteppedUp.class;
    }
}
