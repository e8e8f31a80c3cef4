package canary.ctx03.familysupport;

/** The context's assembly class: it states the context's name, and gives the report the context's name in words. */
public class FamilySupportContext {
    public static final String NAME = "family-support";
}
