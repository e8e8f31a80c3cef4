package org.cypf.testing.context;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.ListScope;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.CurrentTransaction;
import org.cypf.testing.TestDatabase;

/**
 * Governance's access port for a context's own tests. Governance's implementation is not on a context's classpath
 * on purpose (an implementation never depends on another implementation); this double keeps its contract. It records
 * every call, in the order made, with the answer given, so a test can prove that a use case asked before it touched a
 * child's record; it allows or refuses as told; and, when asked to, it writes the same audit rows as governance to
 * {@code governance.child_record_access}: a permitted access in the caller's transaction, as the context's own role
 * (so the test also proves the role may append to the audit), a refusal in a transaction of its own, then thrown.
 *
 * <p>A call about no child at all is recorded and allowed without a decision ({@code rule} null), as governance
 * does: nothing of any child is disclosed.
 */
public final class RecordingChildRecordAccess implements ChildRecordAccess {
    /** Governance's first policy, rule for rule (ADR 0006). */
    public static final String STATUTORY_DUTY = "CYPF-STATUTORY-DUTY";
    public static final String PARTNER_ORGANISATION = "PARTNER-ORGANISATION";
    public static final String NOT_A_PARTNER = "NOT-A-PARTNER";
    /** The rules of the two policies that decide without looking at the caller. */
    public static final String ALLOWS_EVERYONE = "TEST-ALLOWS-EVERYONE";
    public static final String REFUSES_EVERYONE = "TEST-REFUSES-EVERYONE";
    /** Governance's rules for a decision by role alone, as it names them. */
    public static final String ROLE_AND_AGREEMENT = "ROLE-AND-AGREEMENT";
    public static final String ROLE_NOT_PERMITTED = "ROLE-NOT-PERMITTED";

    private static final String INSERT = """
            insert into governance.child_record_access
              (user_id, organisation, role, context, record_type, action, child_id, purpose, decision, rule)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_ALL = """
            insert into governance.child_record_access
              (user_id, organisation, role, context, record_type, action, child_id, purpose, decision, rule)
            select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::text[],
                                 ?::text[], ?::text[])""";

    /**
     * One call of the port as the use case made it, and the answer it got.
     *
     * @param rule the rule that decided; null for a call about no child, which needs no decision
     */
    public record Authorisation(Caller caller, AccessIntent intent, List<ChildId> children, boolean permitted,
                                String rule) {
        public Authorisation {
            children = List.copyOf(children);
        }
    }

    private record Decision(boolean permitted, String rule) {}

    /** Where a refusal's audit row is written, in a transaction of its own. */
    private interface RefusalAudit {
        void append(Object[] row);
    }

    private final Function<Caller, Decision> policy;
    private final RefusalAudit refusals;
    private final List<Authorisation> authorisations = new CopyOnWriteArrayList<>();
    private Function<Caller, ListScope> scope = caller -> ListScope.everyChild();
    /** Record types about no child that the roles catalogue grants to one role alone (ADR 0086), by record type. */
    private Map<String, String> roleForRecordsOfNoChild = Map.of();

    private RecordingChildRecordAccess(Function<Caller, Decision> policy, RefusalAudit refusals) {
        this.policy = policy;
        this.refusals = refusals;
    }

    /** Governance's policy: a CYPF component on a statutory duty, a practitioner of a partner, anyone else refused. */
    public static RecordingChildRecordAccess forPartners(Set<String> partnerOrganisations) {
        Set<String> partners = Set.copyOf(partnerOrganisations);
        return new RecordingChildRecordAccess(caller -> caller.isSystem() ? new Decision(true, STATUTORY_DUTY)
                : partners.contains(caller.organisation()) ? new Decision(true, PARTNER_ORGANISATION)
                : new Decision(false, NOT_A_PARTNER), null);
    }

    public static RecordingChildRecordAccess allowingEveryone() {
        return new RecordingChildRecordAccess(caller -> new Decision(true, ALLOWS_EVERYONE), null);
    }

    public static RecordingChildRecordAccess refusingEveryone() {
        return new RecordingChildRecordAccess(caller -> new Decision(false, REFUSES_EVERYONE), null);
    }

    /** The same policy, auditing as governance does: a refusal written through governance's own pool. */
    public RecordingChildRecordAccess withAuditThrough(ContextDatabase governance) {
        Objects.requireNonNull(governance, "governance");
        return withScope(new RecordingChildRecordAccess(policy,
                row -> governance.runInItsOwnTransaction(() -> governance.transactionalDsl().execute(INSERT, row))));
    }

    /** The same policy, auditing a refusal as the database's administrator: for a test with no governance pool. */
    public RecordingChildRecordAccess withAuditAsAdministrator(TestDatabase.Target database) {
        Objects.requireNonNull(database, "database");
        return withScope(new RecordingChildRecordAccess(policy, row -> appendAsAdministrator(database, row)));
    }

    @Override
    public void authorise(Caller caller, AccessIntent intent, ChildId child) {
        authoriseAll(caller, intent, List.of(child));
    }

    @Override
    public void authoriseAll(Caller caller, AccessIntent intent, Collection<ChildId> children) {
        if (children.isEmpty()) {
            String role = roleForRecordsOfNoChild.get(intent.recordType());
            if (role == null) {
                authorisations.add(new Authorisation(caller, intent, List.of(), true, null));
                return;
            }
            boolean permitted = caller.roles().contains(role);
            authorisations.add(new Authorisation(caller, intent, List.of(), permitted,
                    permitted ? ROLE_AND_AGREEMENT : ROLE_NOT_PERMITTED));
            if (!permitted) {
                throw new AccessDenied("the access policy refused this request (rule " + ROLE_NOT_PERMITTED + ")");
            }
            return;
        }
        Decision decision = policy.apply(caller);
        authorisations.add(new Authorisation(caller, intent, List.copyOf(children), decision.permitted(),
                decision.rule()));
        if (refusals != null) {
            String purpose = caller.statedPurpose() != null ? caller.statedPurpose() : intent.purpose();
            List<Object[]> rows = new ArrayList<>();
            for (ChildId child : children) {
                rows.add(new Object[] {caller.userId(), caller.organisation(), caller.role(), intent.context(),
                        intent.recordType(), intent.action().name(), child.value(), purpose,
                        decision.permitted() ? "PERMITTED" : "DENIED", decision.rule()});
            }
            if (decision.permitted()) {
                // One statement for the lot, as governance writes it: the rows' columns as arrays, unnested in order
                // (a bulk import or a national return names tens of thousands of children).
                Object[][] columns = new Object[10][];
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = c == 6 ? new java.util.UUID[rows.size()] : new String[rows.size()];
                    for (int r = 0; r < rows.size(); r++) {
                        columns[c][r] = rows.get(r)[c];
                    }
                }
                CurrentTransaction.dsl().execute(INSERT_ALL, (Object[]) columns);
            } else {
                rows.forEach(refusals::append);
            }
        }
        if (!decision.permitted()) {
            throw new AccessDenied("the access policy refused this request (rule " + decision.rule() + ")");
        }
    }

    /**
     * As governance does for a record asked for by an id that names none (ADR 0033): recorded with no child, and
     * refused, by the same policy, to whom an existing record would be refused.
     */
    @Override
    public void authoriseMissing(Caller caller, AccessIntent intent) {
        Decision decision = policy.apply(caller);
        authorisations.add(new Authorisation(caller, intent, List.of(), decision.permitted(), decision.rule()));
        if (!decision.permitted()) {
            throw new AccessDenied("the access policy refused this request (rule " + decision.rule() + ")");
        }
    }

    /**
     * Every child, for a caller the policy permits (the double knows no involvement); a refusal otherwise, recorded
     * with no child.
     */
    @Override
    public ListScope listScope(Caller caller, AccessIntent intent, LocalDate date) {
        Decision decision = policy.apply(caller);
        if (!decision.permitted()) {
            authorisations.add(new Authorisation(caller, intent, List.of(), false, decision.rule()));
            auditRefusalOfNoChild(caller, intent, decision);
            throw new AccessDenied("the access policy refused this request (rule " + decision.rule() + ")");
        }
        return scope.apply(caller);
    }

    /** The same policy, whose lists show each caller only the children {@code scope} gives (involvement, as a test sets it). */
    public RecordingChildRecordAccess listingOnly(Function<Caller, ListScope> scope) {
        var narrowed = new RecordingChildRecordAccess(policy, refusals);
        narrowed.scope = Objects.requireNonNull(scope, "scope");
        narrowed.roleForRecordsOfNoChild = roleForRecordsOfNoChild;
        return narrowed;
    }

    /** Every call so far, oldest first. */
    public List<Authorisation> authorisations() {
        return List.copyOf(authorisations);
    }

    /** Forgets the calls recorded so far (not the audit rows written). */
    public void forget() {
        authorisations.clear();
    }

    /** A refusal about no one child, audited as governance does (ADR 0033), when this double audits. */
    private void auditRefusalOfNoChild(Caller caller, AccessIntent intent, Decision decision) {
        if (refusals != null) {
            refusals.append(new Object[] {caller.userId(), caller.organisation(), caller.role(), intent.context(),
                    intent.recordType(), intent.action().name(), null,
                    caller.statedPurpose() != null ? caller.statedPurpose() : intent.purpose(), "DENIED",
                    decision.rule()});
        }
    }

    private RecordingChildRecordAccess withScope(RecordingChildRecordAccess other) {
        other.scope = scope;
        other.roleForRecordsOfNoChild = roleForRecordsOfNoChild;
        return other;
    }

    /**
     * The same policy, deciding a call about no child on one of {@code recordTypes} (the service directory, a Family
     * Hub's opening times) as governance's roles catalogue does: permitted to a caller holding {@code role} alone,
     * refused under {@code ROLE-NOT-PERMITTED} to anyone else; each decision recorded. Without it a call about no
     * child needs no decision.
     */
    public RecordingChildRecordAccess decidingByRole(String role, Set<String> recordTypes) {
        var deciding = withScope(new RecordingChildRecordAccess(policy, refusals));
        var byType = new HashMap<>(roleForRecordsOfNoChild);
        recordTypes.forEach(type -> byType.put(type, Objects.requireNonNull(role, "role")));
        deciding.roleForRecordsOfNoChild = Map.copyOf(byType);
        return deciding;
    }

    private static void appendAsAdministrator(TestDatabase.Target database, Object[] row) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (int i = 0; i < row.length; i++) {
                insert.setObject(i + 1, row[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not audit the refusal", e);
        }
    }
}
