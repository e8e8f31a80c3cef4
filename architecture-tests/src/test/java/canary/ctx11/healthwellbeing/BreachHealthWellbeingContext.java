package canary.ctx11.healthwellbeing;

/** Breach: the assembly class does not state the context's name. */
public class BreachHealthWellbeingContext {
    public static final String CONTEXT = "health-wellbeing";
}
