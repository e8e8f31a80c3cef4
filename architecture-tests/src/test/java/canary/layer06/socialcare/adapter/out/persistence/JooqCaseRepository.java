package canary.layer06.socialcare.adapter.out.persistence;

public class JooqCaseRepository {
}
