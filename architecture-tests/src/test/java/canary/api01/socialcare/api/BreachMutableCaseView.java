package canary.api01.socialcare.api;

/** Breach: a published view that is a plain class with a setter. */
public class BreachMutableCaseView {
    private String status;

    public void setStatus(String status) {
        this.status = status;
    }
}
