package canary.layer02.socialcare.service;

/** Breach: a package that is none of the known parts (api, domain, application, adapter.in.x, adapter.out.x). */
public class BreachCaseService {
}
