package org.cypf.socialcare.assessment.adapter.out.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.cypf.kernel.identity.ChildId;
import org.cypf.socialcare.assessment.domain.Referral;
import org.cypf.socialcare.assessment.port.Assessments;
import org.cypf.socialcare.assessment.port.AssessmentsAwaitingAuthorisation;
import org.cypf.socialcare.assessment.port.AssessmentsAwaitingAuthorisationContract;
import org.cypf.socialcare.shared.domain.CinCensusCodes;
import org.cypf.testing.context.InMemoryUnitOfWork;

/** The in-memory assessments queue passes the work queue's suite (ADR 0097), as the jOOQ reading does. */
class InMemoryAssessmentsAwaitingAuthorisationContractTest extends AssessmentsAwaitingAuthorisationContract {
    private final InMemoryAssessments assessments = new InMemoryAssessments();
    private final InMemoryAssessmentsAwaitingAuthorisation queue =
            new InMemoryAssessmentsAwaitingAuthorisation(assessments);
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();

    @Override
    protected Assessments assessments() {
        return assessments;
    }

    @Override
    protected AssessmentsAwaitingAuthorisation queue() {
        return queue;
    }

    @Override
    protected <T> T inUnitOfWork(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    /** The in-memory assessments name a referral without holding it (no foreign key): it is only made. */
    @Override
    protected Referral aReferral(LocalDate on) {
        return Referral.open(UUID.randomUUID(), ChildId.newId(), on, "6", null, Instant.parse("2025-01-01T09:00:00Z"),
                on, CinCensusCodes.standard()).after();
    }
}
