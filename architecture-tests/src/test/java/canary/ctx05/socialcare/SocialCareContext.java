package canary.ctx05.socialcare;

/** The context's assembly class. */
public class SocialCareContext {
}
