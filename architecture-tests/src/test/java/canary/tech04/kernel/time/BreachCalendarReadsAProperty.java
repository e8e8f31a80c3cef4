package canary.tech04.kernel.time;

/** Breach: the shared kernel reads a system property. */
public class BreachCalendarReadsAProperty {
    public int year() {
        return Integer.getInteger("cypf.year", 2026);
    }
}
