package canary.access01.kernel.transaction;

import java.util.function.Supplier;

/** A kernel template: the lambdas a use case hands it are part of the use case. */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);
}
