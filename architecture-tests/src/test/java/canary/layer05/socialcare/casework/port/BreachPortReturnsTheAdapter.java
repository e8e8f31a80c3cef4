package canary.layer05.socialcare.casework.port;

import canary.layer05.socialcare.casework.adapter.out.persistence.JooqCaseRepository;

/** Breach: a port names the adapter that implements it; the adapter must depend on the port, not the reverse. */
public interface BreachPortReturnsTheAdapter {
    JooqCaseRepository repository();
}
