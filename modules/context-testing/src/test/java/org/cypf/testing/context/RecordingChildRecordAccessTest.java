package org.cypf.testing.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.testing.context.RecordingChildRecordAccess.Authorisation;
import org.junit.jupiter.api.Test;

/** The double decides as governance's policy does and records every call with its answer (no audit asked for here). */
class RecordingChildRecordAccessTest {
    private static final AccessIntent READ = new AccessIntent("education-skills", "virtual-school-registration",
            RecordAction.READ, "reading the roll");
    private static final Caller PARTNER = new Caller("vsh.jones", "council", Set.of(), null);
    private static final Caller OUTSIDER = new Caller("someone", "data-broker-ltd", Set.of(), null);
    private static final Caller COMPONENT = Caller.system("education-skills.virtual-school");

    @Test
    void the_partners_policy_gives_governance_rules_and_records_each_call_in_order() {
        var access = RecordingChildRecordAccess.forPartners(Set.of("council"));
        ChildId first = ChildId.newId();
        ChildId second = ChildId.newId();

        access.authorise(COMPONENT, READ, first);
        access.authoriseAll(PARTNER, READ, List.of(first, second));
        assertThrows(AccessDenied.class, () -> access.authorise(OUTSIDER, READ, second));

        List<Authorisation> calls = access.authorisations();
        assertEquals(List.of(RecordingChildRecordAccess.STATUTORY_DUTY, RecordingChildRecordAccess.PARTNER_ORGANISATION,
                RecordingChildRecordAccess.NOT_A_PARTNER), calls.stream().map(Authorisation::rule).toList());
        assertEquals(List.of(true, true, false), calls.stream().map(Authorisation::permitted).toList());
        assertEquals(List.of(first, second), calls.get(1).children());
        assertEquals(PARTNER, calls.get(1).caller());
        assertEquals(READ, calls.get(2).intent());
    }

    @Test
    void a_call_about_no_child_is_recorded_and_needs_no_decision_even_from_a_refusing_double() {
        var access = RecordingChildRecordAccess.refusingEveryone();
        access.authoriseAll(OUTSIDER, READ, List.of());
        Authorisation call = access.authorisations().getFirst();
        assertTrue(call.permitted());
        assertNull(call.rule());
        assertTrue(call.children().isEmpty());
    }

    @Test
    void allowing_and_refusing_everyone_ignore_who_asks() {
        var allowing = RecordingChildRecordAccess.allowingEveryone();
        allowing.authorise(OUTSIDER, READ, ChildId.newId());
        assertEquals(RecordingChildRecordAccess.ALLOWS_EVERYONE, allowing.authorisations().getFirst().rule());

        var refusing = RecordingChildRecordAccess.refusingEveryone();
        AccessDenied refused = assertThrows(AccessDenied.class,
                () -> refusing.authorise(COMPONENT, READ, ChildId.newId()));
        assertTrue(refused.getMessage().contains(RecordingChildRecordAccess.REFUSES_EVERYONE));
        assertFalse(refusing.authorisations().getFirst().permitted());
    }

    @Test
    void forgetting_clears_the_record_and_the_record_is_a_copy() {
        var access = RecordingChildRecordAccess.allowingEveryone();
        access.authorise(PARTNER, READ, ChildId.newId());
        List<Authorisation> before = access.authorisations();
        access.forget();
        assertEquals(1, before.size(), "what a test read earlier does not change");
        assertTrue(access.authorisations().isEmpty());
    }
}
