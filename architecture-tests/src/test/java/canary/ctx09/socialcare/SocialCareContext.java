package canary.ctx09.socialcare;

public class SocialCareContext {
}
