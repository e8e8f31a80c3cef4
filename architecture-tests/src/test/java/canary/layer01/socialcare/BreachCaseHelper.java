package canary.layer01.socialcare;

/** Breach: a helper in the context's root package, outside every part. */
public class BreachCaseHelper {
}
