package canary.web01.socialcare.casework.domain;

/** A context's domain class, which no page may see. */
public class Case {
    public String status() {
        return "open";
    }
}
