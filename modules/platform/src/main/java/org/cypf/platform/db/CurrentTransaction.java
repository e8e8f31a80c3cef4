package org.cypf.platform.db;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The transactions open on this thread, innermost last. Helidon runs each request on its own virtual thread,
 * so a thread-bound stack is exactly one request's units of work.
 */
public final class CurrentTransaction {
    private record Frame(ContextDatabase owner, DSLContext dsl) {}

    private static final ThreadLocal<Deque<Frame>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    private CurrentTransaction() {}

    static <T> T within(ContextDatabase owner, DSLContext dsl, Supplier<T> work) {
        Deque<Frame> frames = OPEN.get();
        frames.push(new Frame(owner, dsl));
        try {
            return work.get();
        } finally {
            frames.pop();
        }
    }

    static boolean ownedBy(ContextDatabase database) {
        Frame top = OPEN.get().peek();
        return top != null && top.owner() == database;
    }

    static DSLContext of(ContextDatabase database) {
        Frame top = OPEN.get().peek();
        if (top == null || top.owner() != database) {
            throw new IllegalStateException("no unit of work is open on " + database
                    + "; call it inside the context's UnitOfWork");
        }
        return top.dsl();
    }

    /**
     * The innermost open transaction, whichever context opened it. For the few writes that must commit with
     * the caller's change but belong to the platform or governance: outbox rows and access-audit entries.
     */
    public static DSLContext dsl() {
        Frame top = OPEN.get().peek();
        if (top == null) {
            throw new IllegalStateException("no unit of work is open; this write must be part of the caller's change");
        }
        return top.dsl();
    }

    /** The schema of the context whose transaction is innermost (for audit provenance). */
    public static String schema() {
        Frame top = OPEN.get().peek();
        if (top == null) {
            throw new IllegalStateException("no unit of work is open");
        }
        return top.owner().schema();
    }
}
