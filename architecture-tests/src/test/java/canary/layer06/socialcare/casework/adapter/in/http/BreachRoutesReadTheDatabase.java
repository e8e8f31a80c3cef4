package canary.layer06.socialcare.casework.adapter.in.http;

import canary.layer06.socialcare.casework.adapter.out.persistence.JooqCaseRepository;

/** Breach: a web adapter goes straight to the persistence adapter, around the use cases. */
public class BreachRoutesReadTheDatabase {
    public Object load(JooqCaseRepository repository) {
        return repository;
    }
}
