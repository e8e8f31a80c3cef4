package canary.data06.kernel.transaction;

import java.util.function.Supplier;

/** The kernel's boundary of one change, with its snapshot for reads that must agree. */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    default <T> T inSnapshot(Supplier<T> work) {
        return inTransaction(work);
    }
}
