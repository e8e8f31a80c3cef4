package canary.api03.governance.api;

public interface AccessPolicy {
    boolean mayRead(String who);
}
