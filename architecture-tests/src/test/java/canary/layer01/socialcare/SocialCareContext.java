package canary.layer01.socialcare;

/** Allowed: the assembly class and a class nested in it. */
public class SocialCareContext {
    static final class Wiring {
    }
}
