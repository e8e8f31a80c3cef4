package org.cypf.kernel.notification;

import java.util.Objects;
import org.cypf.kernel.identity.ChildId;

/**
 * Who a notification is for, as the use case knows it: a role towards a child (the allocated worker of this child),
 * not an address. The adapter resolves the address, so use cases never hold practitioners' email addresses.
 *
 * @param role  {@link #ALLOCATED_WORKER} or another role towards the child
 * @param child the child the role is towards
 */
public record Recipient(String role, ChildId child) {
    public static final String ALLOCATED_WORKER = "allocated-worker";

    public Recipient {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(child, "child");
    }

    public static Recipient allocatedWorkerOf(ChildId child) {
        return new Recipient(ALLOCATED_WORKER, child);
    }
}
