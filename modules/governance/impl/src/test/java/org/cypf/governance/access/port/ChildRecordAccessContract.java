package org.cypf.governance.access.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.access.adapter.out.yaml.RoleCatalogueFile;
import org.cypf.governance.access.domain.AccessPolicy;
import org.cypf.governance.access.domain.Agreement;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.testing.contract.AccessDecisionsContract;
import org.junit.jupiter.api.Test;

/**
 * What the access port, {@link ChildRecordAccess}, must do over any stores of the audit and the involvements
 * (ADR 0097): what every implementation must do is inherited from {@link AccessDecisionsContract} (context-testing;
 * ADR 0111), and this suite adds what governance's policy promises. Governance's service passes it over its jOOQ
 * stores on PostgreSQL and over the in-memory ones
 * ({@code InMemoryAccessAudit}, {@code InMemoryInvolvementStore}); an integrator who keeps the audit elsewhere runs
 * the same suite with their stores.
 *
 * <p>The policy is the shipped role catalogue and {@link GovernanceFixture#AGREEMENTS}, on {@link #CLOCK}'s day. The
 * promises: a role granted the record type, at an organisation party to an agreement in force covering the context,
 * involved with the child, is permitted, audited with the rule, role and agreement; every refusal (no agreement, an
 * agreement ended or not begun, a role without the grant, not involved) is audited with its rule, survives the
 * caller's rollback, and its problem names the rule but never the child; a permitted access is audited in the
 * caller's unit of work and rolls back with it; breaking glass with a reason is permitted under its own rule with
 * the reason audited, without one refused, and it never lifts a role's or agreement's refusal; a CYPF component on
 * a statutory duty is permitted as such; a list audits each child, and one refusal refuses the whole list (each child's
 * decision still audited); a list that names no child is still decided and audited once, naming none.
 */
public abstract class ChildRecordAccessContract extends AccessDecisionsContract {
    /** The day the suite's policy decides on: Monday 30 June 2025. */
    public static final Clock CLOCK = GovernanceFixture.CLOCK;

    /** The policy the suite states its promises for: the shipped role catalogue and the fixture's agreements. */
    public static AccessPolicy policy() {
        return new AccessPolicy(RoleCatalogueFile.load(), GovernanceFixture.AGREEMENTS.stream()
                .map(a -> new Agreement(a.id(), a.parties(), a.contexts(), a.purposes(), a.validFrom(), a.validTo()))
                .toList());
    }


    /** Makes {@code user} of {@code organisation} the child's allocated worker from 2025-01-01, open-ended. */
    protected abstract void involve(ChildId child, String user, String organisation);


    private static final Caller WORKER = new Caller("sw.smith", "council", "social-worker", null);
    private static final Caller OUTSIDER = new Caller("j.bloggs", "rogue-agency", "social-worker", null);
    private static final AccessIntent READ = new AccessIntent("social-care", "period-of-care", RecordAction.READ,
            "viewing a child's period of care");

    /** The social worker, made the child's allocated worker. */
    @Override
    protected final Caller permittedFor(ChildId child) {
        involve(child, "sw.smith", "council");
        return WORKER;
    }

    /** A practitioner of an organisation party to no agreement. */
    @Override
    protected final Caller refused() {
        return OUTSIDER;
    }

    private void authorise(Caller caller, ChildId child) {
        inCallersUnitOfWork(() -> access().authorise(caller, READ, child));
    }

    private ChildId allocatedToWorker() {
        ChildId child = ChildId.newId();
        involve(child, "sw.smith", "council");
        return child;
    }

    private List<String> rules(ChildId child) {
        return decisionsAbout(child).stream().map(Decision::rule).toList();
    }

    @Test
    public void a_granted_role_of_a_party_to_an_agreement_involved_with_the_child_is_permitted_and_audited() {
        ChildId child = allocatedToWorker();
        authorise(WORKER, child);
        assertEquals(List.of(new Decision("sw.smith", "council", "social-worker", "READ",
                "viewing a child's period of care", "PERMITTED", "ROLE-AND-AGREEMENT", "DSA-SAFEGUARDING")),
                decisionsAbout(child));
    }

    @Test
    public void an_organisation_party_to_no_agreement_is_refused_naming_the_rule_never_the_child() {
        ChildId child = ChildId.newId();
        var e = assertThrows(AccessDenied.class, () -> authorise(OUTSIDER, child));
        assertTrue(e.getMessage().contains("NO-DATA-SHARING-AGREEMENT"), e.getMessage());
        assertFalse(e.getMessage().contains(child.value().toString()), "the refusal never names the child");
        assertEquals(List.of(new Decision("j.bloggs", "rogue-agency", "social-worker", "READ",
                "viewing a child's period of care", "DENIED", "NO-DATA-SHARING-AGREEMENT", null)), decisionsAbout(child));
    }

    @Test
    public void an_agreement_that_has_ended_or_not_begun_is_no_basis() {
        ChildId child = ChildId.newId();
        for (String organisation : List.of("housing-association", "academy-trust")) {
            assertThrows(AccessDenied.class, () -> authorise(new Caller("x", organisation, "social-worker", null), child));
        }
        assertEquals(List.of("NO-DATA-SHARING-AGREEMENT", "NO-DATA-SHARING-AGREEMENT"), rules(child));
    }

    @Test
    public void a_role_without_a_grant_for_the_record_is_refused() {
        ChildId child = ChildId.newId();
        assertThrows(AccessDenied.class,
                () -> authorise(new Caller("pa.jones", "council", "performance-analyst", null), child));
        assertEquals(List.of("ROLE-NOT-PERMITTED"), rules(child));
    }

    @Test
    public void a_practitioner_not_involved_with_the_child_is_refused_and_told_how_to_break_glass() {
        ChildId child = ChildId.newId();
        involve(child, "sw.other", "council");
        var e = assertThrows(AccessDenied.class, () -> authorise(WORKER, child));
        assertTrue(e.getMessage().contains("NOT-INVOLVED") && e.getMessage().contains(Caller.BREAK_GLASS_HEADER),
                e.getMessage());
        Decision refused = decisionsAbout(child).getFirst();
        assertEquals("DENIED", refused.decision());
        assertEquals("DSA-SAFEGUARDING", refused.agreement(), "role and agreement held; involvement lacking");
    }

    @Test
    public void breaking_glass_with_a_reason_is_permitted_under_its_own_rule_with_the_reason_audited() {
        ChildId child = ChildId.newId();
        authorise(WORKER.breakingGlass("child brought to A&E out of hours"), child);
        Decision broke = decisionsAbout(child).getFirst();
        assertEquals("PERMITTED", broke.decision());
        assertEquals("BREAK-GLASS", broke.rule());
        assertEquals("break glass: child brought to A&E out of hours", broke.purpose());
    }

    @Test
    public void breaking_glass_without_a_reason_is_refused_and_never_lifts_a_role_or_agreement_refusal() {
        ChildId child = ChildId.newId();
        assertThrows(AccessDenied.class, () -> authorise(WORKER.breakingGlass("  "), child));
        assertThrows(AccessDenied.class, () -> authorise(
                new Caller("pa.jones", "council", "performance-analyst", null).breakingGlass("curious"), child));
        assertThrows(AccessDenied.class, () -> authorise(OUTSIDER.breakingGlass("urgent"), child));
        assertEquals(List.of("BREAK-GLASS-WITHOUT-REASON", "ROLE-NOT-PERMITTED", "NO-DATA-SHARING-AGREEMENT"),
                rules(child));
    }

    @Test
    public void a_cypf_component_on_a_statutory_duty_is_permitted_as_such() {
        ChildId child = ChildId.newId();
        inCallersUnitOfWork(() -> access().authorise(Caller.system("education-skills.virtual-school"),
                new AccessIntent("education-skills", "virtual-school-child", RecordAction.CREATE,
                        "registering a child who entered care"), child));
        Decision d = decisionsAbout(child).getFirst();
        assertEquals(List.of("cypf", "system", "PERMITTED", "CYPF-STATUTORY-DUTY"),
                List.of(d.organisation(), d.role(), d.decision(), d.rule()));
    }

    @Test
    public void a_list_audits_each_child_and_one_refusal_refuses_the_whole_list() {
        List<ChildId> mine = List.of(allocatedToWorker(), allocatedToWorker());
        ChildId notMine = ChildId.newId();
        var list = new AccessIntent("social-care", "period-of-care", RecordAction.READ, "reading children's periods");

        inCallersUnitOfWork(() -> access().authoriseAll(WORKER, list, mine));
        List<ChildId> withOneNotMine = List.of(mine.get(0), notMine, mine.get(1));
        assertThrows(AccessDenied.class, () -> inCallersUnitOfWork(() -> access().authoriseAll(WORKER, list,
                withOneNotMine)));

        assertEquals(List.of("PERMITTED", "PERMITTED"),
                decisionsAbout(mine.get(0)).stream().map(Decision::decision).toList(),
                "each child of the refused list is audited too, with its own decision");
        assertEquals(List.of("NOT-INVOLVED"), rules(notMine));
    }


    @Test
    public void a_list_that_names_no_child_is_still_decided_and_audited_once_naming_none() {
        int before = decisionsAboutNoChildFor(OUTSIDER.userId()).size();
        assertThrows(AccessDenied.class, () -> inCallersUnitOfWork(
                () -> access().authoriseAll(OUTSIDER, READ, List.of())));
        List<Decision> after = decisionsAboutNoChildFor(OUTSIDER.userId());
        assertEquals(before + 1, after.size(), after.toString());
        assertEquals(List.of("DENIED", "NO-DATA-SHARING-AGREEMENT"),
                List.of(after.getLast().decision(), after.getLast().rule()));
    }
}
