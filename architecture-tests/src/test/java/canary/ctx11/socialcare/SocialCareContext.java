package canary.ctx11.socialcare;

/** Allowed: the context states its own name once. */
public class SocialCareContext {
    public static final String NAME = "social-care";
}
