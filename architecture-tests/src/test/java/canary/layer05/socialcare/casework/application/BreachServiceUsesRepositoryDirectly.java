package canary.layer05.socialcare.casework.application;

import canary.layer05.socialcare.casework.adapter.out.persistence.JooqCaseRepository;

/** Breach: the application uses an adapter instead of its own port. */
public class BreachServiceUsesRepositoryDirectly {
    private final JooqCaseRepository repository = new JooqCaseRepository();
}
