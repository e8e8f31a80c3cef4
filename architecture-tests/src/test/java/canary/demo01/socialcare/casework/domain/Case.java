package canary.demo01.socialcare.casework.domain;

/** A context's domain class, which the demo data generator may not write. */
public class Case {
    public String status() {
        return "open";
    }
}
