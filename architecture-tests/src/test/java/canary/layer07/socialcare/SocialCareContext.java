package canary.layer07.socialcare;

/** The context's assembly class. */
public class SocialCareContext {
}
