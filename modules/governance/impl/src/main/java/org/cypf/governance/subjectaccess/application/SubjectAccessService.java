package org.cypf.governance.subjectaccess.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.Operation;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordSource;
import org.cypf.governance.api.access.HeldRecord;
import org.cypf.governance.api.subjectaccess.SubjectAccess;
import org.cypf.governance.api.subjectaccess.SubjectAccessExport;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * Composes every context's {@link ChildRecordSource} into one export (ADR 0032). Authorised once, by a governance grant
 * to read {@value SubjectAccess#RECORD_TYPE}, before any source is asked; the export is audited as a READ of the
 * child's record under rule {@value #RULE}, in governance's unit of work, and a refusal on its own.
 */
public final class SubjectAccessService implements SubjectAccess {
    static final String CONTEXT = "governance";
    public static final String RULE = "SUBJECT-ACCESS-ROLE";
    private static final String PURPOSE = "subject access request";

    private final UnitOfWork unitOfWork;
    private final AccessAuditLog audit;
    private final AccessPolicy policy;
    private final List<ChildRecordSource> sources;
    private final Clock clock;

    public SubjectAccessService(UnitOfWork unitOfWork, AccessAuditLog audit, AccessPolicy policy,
                                List<ChildRecordSource> sources, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.policy = policy;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    @Override
    public SubjectAccessExport export(Caller caller, ChildId child) {
        String role = caller.isSystem() || AccessPolicy.PLATFORM_ORGANISATION.equalsIgnoreCase(caller.organisation())
                ? null
                : policy.grantingRole(caller.roles(), CONTEXT, Operation.READ, RECORD_TYPE).orElse(null);
        if (role == null) {
            audit.appendOnItsOwn(List.of(entry(caller, caller.role(), child, false, AccessPolicy.ROLE_NOT_PERMITTED)));
            throw new AccessDenied("only a role granted " + RECORD_TYPE + " may export a child's records (rule "
                    + AccessPolicy.ROLE_NOT_PERMITTED + ")");
        }
        return unitOfWork.inTransaction(() -> {
            audit.appendWithCurrentChange(List.of(entry(caller, role, child, true, RULE)));
            List<HeldRecord> records = new ArrayList<>();
            List<String> contexts = new ArrayList<>();
            for (ChildRecordSource source : sources) {
                contexts.add(source.context());
                records.addAll(source.recordsOf(child));
            }
            return new SubjectAccessExport(child.value(), clock.instant(), contexts, records);
        });
    }

    private static AccessEntry entry(Caller caller, String role, ChildId child, boolean permitted, String rule) {
        return new AccessEntry(caller.userId(), caller.organisation(), role, CONTEXT, RECORD_TYPE, "READ", child.value(),
                caller.statedPurpose() != null ? caller.statedPurpose() : PURPOSE, permitted, rule, null, caller.issuer());
    }
}
