package org.cypf.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the access port, {@link ChildRecordAccess}, must do whatever its policy (ADR 0111):
 * governance's service passes it (its {@code ChildRecordAccessContract} extends this suite with what governance's
 * policy adds: agreements, role grants, involvement, breaking glass, statutory duty, lists of no child), and so does
 * the shared double, {@code RecordingChildRecordAccess}, auditing into {@code governance.child_record_access}.
 *
 * <p>The subclass names a caller its policy permits for a child and one it refuses. The promises: a permitted access
 * is audited, naming the caller, the action, the purpose and the rule, in the caller's unit of work, and rolls back
 * with it; a refusal is thrown as {@link AccessDenied} naming the audited rule and never the child, and its audit
 * survives the caller's rollback; a list audits each child once, and a refused list audits each child's refusal; a
 * list's scope is refused, and audited naming no child, to whom the policy refuses; a record asked for by an id that
 * names none is refused to whom an existing one would be; decisions made at once from several threads are all
 * audited.
 */
public abstract class AccessDecisionsContract {

    /** One audited decision, as the audit holds it. {@code agreement} is null where the policy relies on none. */
    public record Decision(String userId, String organisation, String role, String action, String purpose,
                           String decision, String rule, String agreement) {}

    /** The port under test. */
    protected abstract ChildRecordAccess access();

    /** Runs {@code work} in the caller's unit of work (a context's use case): commits when it returns. */
    protected abstract void inCallersUnitOfWork(Runnable work);

    /** The audited decisions about {@code child}, oldest first. */
    protected abstract List<Decision> decisionsAbout(ChildId child);

    /** The audited decisions naming no child made for {@code userId}, oldest first. */
    protected abstract List<Decision> decisionsAboutNoChildFor(String userId);

    /** A caller the policy permits to read the suite's record type ({@link #intent}) of {@code child}. */
    protected abstract Caller permittedFor(ChildId child);

    /** A caller the policy refuses, for any child. */
    protected abstract Caller refused();

    /** The kind of record the suite asks about: a READ of social care's periods of care, unless the subclass says. */
    protected AccessIntent intent() {
        return new AccessIntent("social-care", "period-of-care", RecordAction.READ, "viewing a child's period of care");
    }

    private AccessIntent listIntent() {
        AccessIntent read = intent();
        return new AccessIntent(read.context(), read.recordType(), RecordAction.LIST, "listing children's records");
    }

    private void authorise(Caller caller, ChildId child) {
        inCallersUnitOfWork(() -> access().authorise(caller, intent(), child));
    }

    @Test
    public void a_permitted_access_is_audited_naming_the_caller_action_purpose_and_rule() {
        ChildId child = ChildId.newId();
        Caller caller = permittedFor(child);
        authorise(caller, child);
        List<Decision> decisions = decisionsAbout(child);
        assertEquals(1, decisions.size(), decisions.toString());
        Decision d = decisions.getFirst();
        assertEquals(List.of(caller.userId(), caller.organisation(), "READ", intent().purpose(), "PERMITTED"),
                List.of(d.userId(), d.organisation(), d.action(), d.purpose(), d.decision()));
        assertNotNull(d.rule(), "a decision names the rule it rests on");
    }

    @Test
    public void a_permitted_access_rolls_back_with_the_callers_unit_of_work() {
        ChildId child = ChildId.newId();
        Caller caller = permittedFor(child);
        assertThrows(IllegalStateException.class, () -> inCallersUnitOfWork(() -> {
            access().authorise(caller, intent(), child);
            throw new IllegalStateException("the change failed after the access was permitted");
        }));
        assertEquals(List.of(), decisionsAbout(child), "no trace of an access whose change never happened");
    }

    @Test
    public void a_refusal_names_the_audited_rule_and_never_the_child() {
        ChildId child = ChildId.newId();
        var e = assertThrows(AccessDenied.class, () -> authorise(refused(), child));
        List<Decision> decisions = decisionsAbout(child);
        assertEquals(1, decisions.size(), decisions.toString());
        Decision d = decisions.getFirst();
        assertEquals(List.of(refused().userId(), "DENIED"), List.of(d.userId(), d.decision()));
        assertTrue(e.getMessage().contains(d.rule()), e.getMessage() + " should name " + d.rule());
        assertFalse(e.getMessage().contains(child.value().toString()), "the refusal never names the child");
    }

    @Test
    public void a_refusal_is_audited_even_though_the_callers_unit_of_work_rolls_back() {
        ChildId child = ChildId.newId();
        assertThrows(IllegalStateException.class, () -> inCallersUnitOfWork(() -> {
            assertThrows(AccessDenied.class, () -> access().authorise(refused(), intent(), child));
            throw new IllegalStateException("the use case fails after the refusal");
        }));
        assertEquals(List.of("DENIED"), decisionsAbout(child).stream().map(Decision::decision).toList());
    }

    @Test
    public void a_list_audits_each_child_once() {
        ChildId first = ChildId.newId();
        ChildId second = ChildId.newId();
        Caller caller = permittedFor(first);
        assertEquals(caller, permittedFor(second), "the subclass permits one caller for every child it is asked about");
        inCallersUnitOfWork(() -> access().authoriseAll(caller, intent(), List.of(first, second)));
        for (ChildId child : List.of(first, second)) {
            assertEquals(List.of("PERMITTED"), decisionsAbout(child).stream().map(Decision::decision).toList());
        }
    }

    @Test
    public void a_refused_list_audits_each_childs_refusal_and_survives_the_rollback() {
        List<ChildId> children = List.of(ChildId.newId(), ChildId.newId(), ChildId.newId());
        assertThrows(AccessDenied.class, () -> inCallersUnitOfWork(() -> access().authoriseAll(refused(), intent(),
                children)));
        for (ChildId child : children) {
            assertEquals(List.of("DENIED"), decisionsAbout(child).stream().map(Decision::decision).toList());
        }
    }

    @Test
    public void a_lists_scope_is_refused_and_audited_naming_no_child_to_whom_the_policy_refuses() {
        Caller outsider = refused();
        int before = decisionsAboutNoChildFor(outsider.userId()).size();
        assertThrows(AccessDenied.class, () -> inCallersUnitOfWork(
                () -> access().listScope(outsider, listIntent(), LocalDate.of(2025, 6, 30))));
        List<Decision> after = decisionsAboutNoChildFor(outsider.userId());
        assertEquals(before + 1, after.size(), after.toString());
        assertEquals(List.of("LIST", "DENIED"), List.of(after.getLast().action(), after.getLast().decision()));
    }

    @Test
    public void a_record_asked_for_by_an_id_that_names_none_is_refused_to_whom_an_existing_one_would_be() {
        assertThrows(AccessDenied.class, () -> inCallersUnitOfWork(() -> access().authoriseMissing(refused(),
                intent())));
    }

    @Test
    public void decisions_made_at_once_from_several_threads_are_all_audited() throws Exception {
        List<ChildId> children = new ArrayList<>();
        List<Caller> permitted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ChildId child = ChildId.newId();
            children.add(child);
            permitted.add(permittedFor(child));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                ChildId child = children.get(i);
                Caller caller = permitted.get(i);
                done.add(pool.submit(() -> {
                    authorise(caller, child);
                    assertThrows(AccessDenied.class, () -> authorise(refused(), child));
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (ChildId child : children) {
            assertEquals(List.of("PERMITTED", "DENIED"), decisionsAbout(child).stream().map(Decision::decision)
                    .sorted(java.util.Comparator.reverseOrder()).toList());
        }
    }
}
