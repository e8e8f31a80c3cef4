package canary.layer03.socialcare.casework.domain;

import canary.layer03.socialcare.casework.application.OpenCase;

/** Breach: the domain depends on the application that drives it. */
public record BreachCaseFileKnowsItsUseCase(String id, OpenCase openedBy) {}
