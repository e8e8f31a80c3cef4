package canary.access01.socialcare.casework.application;

import canary.access01.governance.api.access.Caller;
import canary.access01.governance.api.access.ContextRecordAccess;
import canary.access01.governance.api.access.RecordIntent;
import canary.access01.kernel.transaction.UnitOfWork;
import java.util.List;
import java.util.function.BiConsumer;

/** Allowed: each use case reaches the access port, directly, in a lambda, through a private method or a method reference. */
public class CaseService {
    private static final RecordIntent READ = new RecordIntent("case", "reading a case");
    private final ContextRecordAccess access;
    private final UnitOfWork unitOfWork;

    public CaseService(ContextRecordAccess access, UnitOfWork unitOfWork) {
        this.access = access;
        this.unitOfWork = unitOfWork;
    }

    public String read(Caller caller, String child) {
        access.authorise(caller, READ, child);
        return child;
    }

    public String readInATransaction(Caller caller, String child) {
        return unitOfWork.inTransaction(() -> {
            access.authorise(caller, READ, child);
            return child;
        });
    }

    public List<String> list(Caller caller, List<String> children) {
        return unitOfWork.inTransaction(() -> load(caller, children));
    }

    public void readAll(Caller caller, List<String> children) {
        BiConsumer<Caller, String> check = (c, child) -> access.authorise(c, READ, child);
        children.forEach(child -> check.accept(caller, child));
    }

    private List<String> load(Caller caller, List<String> children) {
        access.authoriseAll(caller, READ, children);
        return children;
    }

    /** No caller: not a use case of a child's record. */
    public int size(List<String> children) {
        return children.size();
    }
}
