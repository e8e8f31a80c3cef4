package canary.ctx11.familysupport;

/** Breach: family support's assembly class states social care's name. */
public class BreachFamilySupportContext {
    public static final String NAME = "social-care";
}
