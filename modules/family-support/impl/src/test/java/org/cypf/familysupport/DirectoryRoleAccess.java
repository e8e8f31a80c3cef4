package org.cypf.familysupport;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;

/**
 * Governance's access port for the directory's writes, deciding as the shipped roles catalogue does for them
 * (governance/roles.yaml, ADR 0086): a {@code family-hub} update or a {@code service-directory} import about no
 * child is permitted to the directory manager alone, under rule {@code ROLE-NOT-PERMITTED} otherwise. Every other call
 * goes to {@code children}, the double the test chose for children's records (whose decision about no child is no
 * decision at all, so it cannot tell roles apart here). Each directory decision is kept for the test to read, as
 * governance audits it.
 */
public final class DirectoryRoleAccess implements ChildRecordAccess {
    public static final String DIRECTORY_MANAGER = "directory-manager";
    private static final Set<String> DIRECTORY_RECORDS = Set.of("family-hub", "service-directory");

    /** One decision about a directory write: who, what, and whether it was permitted. */
    public record Decision(String userId, AccessIntent intent, boolean permitted) {}

    private final ChildRecordAccess children;
    private final List<Decision> decisions = new CopyOnWriteArrayList<>();

    public DirectoryRoleAccess(ChildRecordAccess children) {
        this.children = children;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    @Override
    public void authorise(Caller caller, AccessIntent intent, ChildId child) {
        children.authorise(caller, intent, child);
    }

    @Override
    public void authoriseAll(Caller caller, AccessIntent intent, Collection<ChildId> named) {
        if (!DIRECTORY_RECORDS.contains(intent.recordType())) {
            children.authoriseAll(caller, intent, named);
            return;
        }
        boolean permitted = named.isEmpty() && caller.roles().contains(DIRECTORY_MANAGER);
        decisions.add(new Decision(caller.userId(), intent, permitted));
        if (!permitted) {
            throw new AccessDenied("the access policy refused this request (rule ROLE-NOT-PERMITTED)");
        }
    }

    @Override
    public void authoriseMissing(Caller caller, AccessIntent intent) {
        children.authoriseMissing(caller, intent);
    }

    @Override
    public ListScope listScope(Caller caller, AccessIntent intent, LocalDate date) {
        return children.listScope(caller, intent, date);
    }
}
