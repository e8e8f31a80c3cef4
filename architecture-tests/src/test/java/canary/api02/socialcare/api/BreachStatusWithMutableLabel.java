package canary.api02.socialcare.api;

/** Breach: an enum constant whose label can be reassigned. */
public enum BreachStatusWithMutableLabel {
    OPEN;

    public String label = "open";
}
