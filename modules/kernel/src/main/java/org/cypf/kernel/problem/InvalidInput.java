package org.cypf.kernel.problem;

import java.util.List;

/** The input breaks one or more rules; every broken rule is listed so the client can fix all of them at once. */
public final class InvalidInput extends DomainProblem {
    private final List<FieldViolation> violations;

    public InvalidInput(List<FieldViolation> violations) {
        super(violations.size() == 1
                ? violations.getFirst().field() + ": " + violations.getFirst().reason()
                : violations.size() + " fields are invalid");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInput needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String reason) {
        return new InvalidInput(List.of(new FieldViolation(field, reason)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
