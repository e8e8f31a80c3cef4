package canary.tech04.socialcare.casework.application;

/** Breach: a use case reads an environment variable and a system property. */
public class BreachServiceReadsTheEnvironment {
    public String authorityCode() {
        String fromEnvironment = System.getenv("LA_CODE");
        return fromEnvironment != null ? fromEnvironment : System.getProperty("la.code");
    }
}
