package canary.ctx01.socialcare;

/** The context's assembly class; it gives the context its name in words (social care). */
public class SocialCareContext {
}
