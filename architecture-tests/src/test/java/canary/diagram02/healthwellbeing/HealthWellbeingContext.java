package canary.diagram02.healthwellbeing;

/** The context's assembly class: it states the context's name, and gives the report the context's name in words. */
public class HealthWellbeingContext {
    public static final String NAME = "health-wellbeing";
}
