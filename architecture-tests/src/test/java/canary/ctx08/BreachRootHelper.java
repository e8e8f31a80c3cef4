package canary.ctx08;

/** Breach: a class directly in the root package, in no shared part and no context. */
public class BreachRootHelper {
}
