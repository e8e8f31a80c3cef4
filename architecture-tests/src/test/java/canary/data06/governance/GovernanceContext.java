package canary.data06.governance;

/** The context's assembly class: it states the context's name, and gives the report the context's name in words. */
public class GovernanceContext {
    public static final String NAME = "governance";
}
