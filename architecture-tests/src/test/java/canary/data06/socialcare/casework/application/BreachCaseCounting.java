package canary.data06.socialcare.casework.application;

import canary.data06.kernel.page.Page;
import canary.data06.kernel.transaction.UnitOfWork;
import java.util.List;

/** Breach: pages whose items and total are read in separate statements of a plain transaction, or of none. */
public class BreachCaseCounting {
    private final UnitOfWork unitOfWork;
    private final List<String> cases;

    public BreachCaseCounting(UnitOfWork unitOfWork, List<String> cases) {
        this.unitOfWork = unitOfWork;
        this.cases = List.copyOf(cases);
    }

    public Page<String> page(int size) {
        return unitOfWork.inTransaction(() -> new Page<>(cases.stream().limit(size).toList(), cases.size()));
    }

    public CasesPage published(int size) {
        return new CasesPage(cases.stream().limit(size).toList(), cases.size());
    }

    public CaseTally tally(int size) {
        return unitOfWork.inTransaction(() -> new CaseTally(cases.stream().limit(size).toList(), cases.size()));
    }
}
