package canary.layer05.socialcare.adapter.out.persistence;

public class JooqCaseRepository {
}
