package canary.layer02.socialcare.casework;

/** Breach: a class in a capability's own package, outside all of its layers. */
public class BreachInCapabilityRoot {
}
