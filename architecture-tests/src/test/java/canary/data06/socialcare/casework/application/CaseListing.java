package canary.data06.socialcare.casework.application;

import canary.data06.kernel.page.Page;
import canary.data06.kernel.transaction.UnitOfWork;
import java.util.List;

/** Allowed: each page is read in one snapshot, directly or through a method of its own class. */
public class CaseListing {
    private final UnitOfWork unitOfWork;
    private final List<String> cases;

    public CaseListing(UnitOfWork unitOfWork, List<String> cases) {
        this.unitOfWork = unitOfWork;
        this.cases = List.copyOf(cases);
    }

    public Page<String> page(int size) {
        return unitOfWork.inSnapshot(() -> new Page<>(cases.stream().limit(size).toList(), cases.size()));
    }

    public CasesPage published(int size) {
        return read(size);
    }

    private CasesPage read(int size) {
        return unitOfWork.inSnapshot(() -> new CasesPage(cases.stream().limit(size).toList(), cases.size()));
    }

    /** Not a page: the rule is silent. */
    public List<String> all() {
        return unitOfWork.inTransaction(() -> cases);
    }
}
