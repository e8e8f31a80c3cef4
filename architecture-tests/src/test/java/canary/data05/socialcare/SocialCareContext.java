package canary.data05.socialcare;

/** The context's assembly class. */
public class SocialCareContext {
    public static final String NAME = "social-care";
}
