package canary.demo02.socialcare.casework.application;

import canary.demo02.demo.SyntheticAuthority;

/** Breach: a context's use case depends on the demo data generator. */
public class BreachServiceMakesDemoData {
    public int children(SyntheticAuthority authority) {
        return authority.children();
    }
}
