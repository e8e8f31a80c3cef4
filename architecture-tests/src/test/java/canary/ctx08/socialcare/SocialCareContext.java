package canary.ctx08.socialcare;

/** Allowed: a context with its assembly class. */
public class SocialCareContext {
}
