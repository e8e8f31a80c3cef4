package canary.data06.socialcare;

/** The context's assembly class: it states the context's name, and gives the report the context's name in words. */
public class SocialCareContext {
    public static final String NAME = "social-care";
}
