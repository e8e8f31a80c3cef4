package org.cypf.governance.access.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cypf.governance.access.domain.AccessEntry;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.AuditChain;
import org.cypf.governance.access.domain.AuditLink;
import org.cypf.governance.access.domain.AuditSeal;
import org.cypf.governance.access.domain.Operation;
import org.cypf.governance.access.port.AccessAuditLog;
import org.cypf.governance.access.port.AuditTrail;
import org.cypf.governance.api.access.AccessAudit;
import org.cypf.governance.api.access.AuditEntries;
import org.cypf.governance.api.access.AuditEntry;
import org.cypf.governance.api.access.AuditQuery;
import org.cypf.governance.api.access.AuditSealing;
import org.cypf.governance.api.access.AuditVerification;
import org.cypf.governance.api.access.Caller;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.transaction.UnitOfWork;

/**
 * The access audit for auditors: sealing and verifying its hash chain ({@link AuditChain}) and reading its entries.
 * Who may: a role whose grant in {@value #CONTEXT} allows {@value #RECORD_TYPE} (the auditor; reading needs READ,
 * sealing WRITE), or a CYPF component for sealing and verifying. An auditor's page of entries is audited in the same
 * transaction, one row per child it shows; a refused query that names a child is audited as refused.
 */
public final class AccessAuditService implements AccessAudit {
    static final String CONTEXT = "governance";
    static final String RECORD_TYPE = "access-audit";
    /** The rule an auditor's permitted reading is audited under. */
    public static final String AUDITOR_RULE = "AUDITOR-ROLE";
    private static final String PURPOSE = "auditing access to children's records";

    private final UnitOfWork unitOfWork;
    private final AuditTrail trail;
    private final AccessAuditLog audit;
    private final AccessPolicy policy;
    private final Clock clock;

    public AccessAuditService(UnitOfWork unitOfWork, AuditTrail trail, AccessAuditLog audit, AccessPolicy policy,
                              Clock clock) {
        this.unitOfWork = unitOfWork;
        this.trail = trail;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public AuditSealing seal(Caller caller) {
        mayUse(caller, Operation.WRITE, true);
        return unitOfWork.inTransaction(() -> {
            trail.lockSealing();
            long horizon = trail.horizon();
            AuditLink lastLink = trail.lastLink().orElse(null);
            AuditSeal lastSeal = trail.lastSeal().orElse(null);
            // Every row below the last seal's horizon is sealed already: only rows from there need looking at.
            long from = lastSeal == null ? 0 : lastSeal.horizon();
            var sealing = AuditChain.seal(lastLink, lastSeal, horizon, trail.unsealed(from, horizon));
            sealing.ifPresent(trail::append);
            return sealing.map(s -> new AuditSealing(s.seal().sealId(), s.links().size(), s.seal().lastPosition(),
                            s.seal().hash()))
                    .orElseGet(() -> new AuditSealing(0, 0, lastLink == null ? 0 : lastLink.position(),
                            lastSeal == null ? AuditChain.GENESIS : lastSeal.hash()));
        });
    }

    @Override
    public AuditVerification verify(Caller caller) {
        mayUse(caller, Operation.READ, true);
        return unitOfWork.inTransaction(() -> {
            trail.lockSealing(); // links and seals read together, never half of a sealing
            var links = trail.links();
            var seals = trail.seals();
            var v = AuditChain.verify(trail.rows(), links, seals);
            return new AuditVerification(v.intact(), v.sealedRows(), v.unsealedRows(), v.seals(), v.headHash(),
                    v.findings().stream().map(f -> new AuditVerification.Finding(f.kind().name(), f.position(),
                            f.accessId(), f.detail())).toList());
        });
    }

    @Override
    public AuditEntries entries(Caller caller, AuditQuery query) {
        String role;
        try {
            role = mayUse(caller, Operation.READ, false);
        } catch (AccessDenied refused) {
            // Every decision is audited (ADR 0033): a refused query naming no child too, with no child.
            audit.appendOnItsOwn(List.of(entry(caller, caller.role(), query.child(), false,
                    AccessPolicy.ROLE_NOT_PERMITTED)));
            throw refused;
        }
        var zone = clock.getZone();
        Instant from = query.from() == null ? null : query.from().atStartOfDay(zone).toInstant();
        Instant until = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant();
        var filter = new AuditTrail.Filter(query.child(), query.userId(), from, until);
        return unitOfWork.inSnapshot(() -> {
            long total = trail.count(filter);
            List<AuditEntry> page = trail.entries(filter, query.offset(), query.size());
            Set<UUID> children = new LinkedHashSet<>();
            page.stream().map(AuditEntry::childId).filter(java.util.Objects::nonNull).forEach(children::add);
            if (!children.isEmpty()) {
                // The auditor's reading is itself an access to these children's records, and is audited with it.
                audit.appendWithCurrentChange(children.stream()
                        .map(child -> entry(caller, role, child, true, AUDITOR_RULE)).toList());
            }
            return new AuditEntries(page, query.page(), query.size(), total);
        });
    }

    private AccessEntry entry(Caller caller, String role, UUID child, boolean permitted, String rule) {
        return new AccessEntry(caller.userId(), caller.organisation(), role, CONTEXT, RECORD_TYPE, "LIST", child,
                caller.statedPurpose() != null ? caller.statedPurpose() : PURPOSE, permitted, rule, null, caller.issuer());
    }

    /** The role that allows it; {@link AccessDenied} for anyone else (a component only where {@code components}). */
    private String mayUse(Caller caller, Operation operation, boolean components) {
        if (caller.isSystem()) {
            if (components) {
                return AccessPolicy.SYSTEM_ROLE;
            }
            throw new AccessDenied("a CYPF component does not read the access audit");
        }
        if (AccessPolicy.PLATFORM_ORGANISATION.equalsIgnoreCase(caller.organisation())) {
            throw new AccessDenied("the organisation " + AccessPolicy.PLATFORM_ORGANISATION + " is reserved");
        }
        return policy.grantingRole(caller.roles(), CONTEXT, operation, RECORD_TYPE).orElseThrow(() ->
                new AccessDenied("only an auditor may use the access audit (rule " + AccessPolicy.ROLE_NOT_PERMITTED + ")"));
    }
}
