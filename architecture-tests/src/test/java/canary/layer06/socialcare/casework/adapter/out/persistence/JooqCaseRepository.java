package canary.layer06.socialcare.casework.adapter.out.persistence;

public class JooqCaseRepository {
}
