package canary.layer05.socialcare.casework.adapter.out.persistence;

public class JooqCaseRepository {
}
