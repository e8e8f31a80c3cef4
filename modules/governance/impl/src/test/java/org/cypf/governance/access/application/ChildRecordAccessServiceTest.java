package org.cypf.governance.access.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cypf.governance.GovernanceFixture;
import org.cypf.governance.api.access.AccessIntent;
import org.cypf.governance.api.access.Caller;
import org.cypf.governance.api.access.ChildRecordAccess;
import org.cypf.governance.api.access.RecordAction;
import org.cypf.kernel.identity.ChildId;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.platform.db.ContextDatabase;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one door to a child's record, on PostgreSQL: the caller is a context (here social care's pool) inside its own
 * unit of work. A permitted access is audited in that unit of work and shares its fate; a denial is audited on its
 * own and survives the caller's rollback. Each test uses fresh child ids, so rows are found by child.
 */
class ChildRecordAccessServiceTest {
    private static final Caller WORKER = new Caller("sw.smith", "council", "social-worker", null);
    private static final Caller OUTSIDER = new Caller("j.bloggs", "rogue-agency", "social-worker", null);
    private static final AccessIntent READ = new AccessIntent("social-care", "period-of-care", RecordAction.READ,
            "viewing a child's period of care");

    private static GovernanceFixture f;
    private static ChildRecordAccess access;
    private static ContextDatabase caller;

    @BeforeAll
    static void start() {
        f = GovernanceFixture.start("child record access");
        access = f.context.childRecordAccess();
        caller = f.callerDb;
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    private static List<Record> audit(ChildId child) {
        return f.rows("select * from governance.child_record_access where child_id = ? order by access_id", child.value());
    }

    /** Makes {@code user} of {@code organisation} involved with {@code child}: allocated from the fixture's date, open-ended. */
    static void involve(ChildId child, String user, String organisation) {
        f.involve(child, user, organisation);
    }

    private static ChildId allocatedToWorker() {
        ChildId child = ChildId.newId();
        involve(child, "sw.smith", "council");
        return child;
    }

    private static long totalAudit() {
        return f.count("select count(*) from governance.child_record_access");
    }

    @Test
    void a_permitted_access_is_audited_with_who_what_which_child_and_why() {
        ChildId child = allocatedToWorker();
        caller.run(() -> access.authorise(WORKER, READ, child));

        List<Record> rows = audit(child);
        assertEquals(1, rows.size());
        Record row = rows.getFirst();
        assertEquals("sw.smith", row.get("user_id"));
        assertEquals("council", row.get("organisation"));
        assertEquals("social-worker", row.get("role"));
        assertEquals("social-care", row.get("context"));
        assertEquals("period-of-care", row.get("record_type"));
        assertEquals("READ", row.get("action"));
        assertEquals("viewing a child's period of care", row.get("purpose"));
        assertEquals("PERMITTED", row.get("decision"));
        assertEquals("ROLE-AND-AGREEMENT", row.get("rule"));
        assertEquals("DSA-SAFEGUARDING", row.get("agreement"));
    }

    @Test
    void a_permitted_access_commits_in_the_callers_transaction() {
        ChildId child = allocatedToWorker();
        caller.run(() -> {
            caller.transactionalDsl().execute("insert into child (child_id, la_child_id, date_of_birth, sex)"
                    + " values (?, 'A1', '2015-01-01', '1')", child.value());
            access.authorise(WORKER, READ, child);
        });

        long writers = f.count("""
                select count(distinct tx) from (
                  select xmin::text as tx from social_care.child where child_id = ?
                  union all select xmin::text from governance.child_record_access where child_id = ?) t""",
                child.value(), child.value());
        assertEquals(1, writers, "the caller's change and its audit were written by one transaction");
    }

    @Test
    void a_permitted_access_rolls_back_with_the_callers_transaction() {
        ChildId child = allocatedToWorker();
        long before = totalAudit();

        assertThrows(IllegalStateException.class, () -> caller.run(() -> {
            access.authorise(WORKER, READ, child);
            throw new IllegalStateException("the caller's change fails after the access was permitted");
        }));

        assertEquals(List.of(), audit(child), "no trace of an access whose change never happened");
        assertEquals(before, totalAudit());
    }

    @Test
    void a_denied_access_is_audited_and_survives_the_callers_rollback() {
        ChildId child = ChildId.newId();

        var e = assertThrows(AccessDenied.class, () -> caller.run(() -> access.authorise(OUTSIDER, READ, child)));

        assertTrue(e.getMessage().contains("NO-DATA-SHARING-AGREEMENT"), e.getMessage());
        assertFalse(e.getMessage().contains(child.toString()), "the refusal never names the child");
        List<Record> rows = audit(child);
        assertEquals(1, rows.size());
        assertEquals("DENIED", rows.getFirst().get("decision"));
        assertEquals("NO-DATA-SHARING-AGREEMENT", rows.getFirst().get("rule"));
        assertEquals("social-worker", rows.getFirst().get("role"));
        assertEquals(null, rows.getFirst().get("agreement"));
        assertEquals("rogue-agency", rows.getFirst().get("organisation"));
        assertEquals("j.bloggs", rows.getFirst().get("user_id"));
    }

    @Test
    void a_denial_is_audited_even_when_the_caller_swallows_it_and_then_fails() {
        ChildId child = ChildId.newId();
        assertThrows(IllegalStateException.class, () -> caller.run(() -> {
            assertThrows(AccessDenied.class, () -> access.authorise(OUTSIDER, READ, child));
            throw new IllegalStateException("later failure");
        }));
        assertEquals(List.of("DENIED"), audit(child).stream().map(r -> r.get("decision", String.class)).toList());
    }

    @Test
    void a_denial_outside_any_unit_of_work_is_audited_too() {
        ChildId child = ChildId.newId();
        assertThrows(AccessDenied.class, () -> access.authorise(OUTSIDER, READ, child));
        assertEquals(1, audit(child).size());
    }

    @Test
    void a_permitted_access_outside_a_unit_of_work_is_refused_and_audits_nothing() {
        ChildId child = allocatedToWorker();
        assertThrows(IllegalStateException.class, () -> access.authorise(WORKER, READ, child),
                "a permitted access must be part of the caller's change");
        assertEquals(List.of(), audit(child));
    }

    @Test
    void the_callers_stated_purpose_is_audited_instead_of_the_use_cases() {
        ChildId child = allocatedToWorker();
        var stating = new Caller("sw.smith", "council", "social-worker", "preparing the child's looked-after review");
        caller.run(() -> access.authorise(stating, READ, child));
        caller.run(() -> access.authorise(WORKER, READ, child));

        assertEquals(List.of("preparing the child's looked-after review", "viewing a child's period of care"),
                audit(child).stream().map(r -> r.get("purpose", String.class)).toList());
    }

    @Test
    void a_cypf_component_acting_on_a_statutory_duty_is_permitted_and_audited_as_such() {
        ChildId child = ChildId.newId();
        caller.run(() -> access.authorise(Caller.system("education-skills.virtual-school"),
                new AccessIntent("education-skills", "virtual-school-child", RecordAction.CREATE,
                        "registering a child who entered care"), child));

        Record row = audit(child).getFirst();
        assertEquals("cypf", row.get("organisation"));
        assertEquals("system", row.get("role"));
        assertEquals("CYPF-STATUTORY-DUTY", row.get("rule"));
        assertEquals("PERMITTED", row.get("decision"));
    }

    @Test
    void claiming_the_cypf_organisation_without_being_a_component_is_refused_and_audited_as_a_claim_of_the_reserved_identity() {
        ChildId child = ChildId.newId();
        assertThrows(AccessDenied.class,
                () -> caller.run(() -> access.authorise(new Caller("someone", "cypf", "admin", null), READ, child)));
        assertEquals("RESERVED-IDENTITY", audit(child).getFirst().get("rule"));
    }

    @Test
    void a_list_audits_one_row_per_child() {
        List<ChildId> children = List.of(ChildId.newId(), ChildId.newId(), ChildId.newId());
        var list = new AccessIntent("social-care", "period-of-care", RecordAction.LIST, "listing children looked after");

        caller.run(() -> access.authoriseAll(WORKER, list, children));

        for (ChildId child : children) {
            List<Record> rows = audit(child);
            assertEquals(1, rows.size());
            assertEquals("LIST", rows.getFirst().get("action"));
            assertEquals("PERMITTED", rows.getFirst().get("decision"));
        }
    }

    @Test
    void one_refusal_refuses_the_whole_list_and_each_child_is_audited_as_refused() {
        List<ChildId> children = List.of(ChildId.newId(), ChildId.newId());
        var list = new AccessIntent("social-care", "period-of-care", RecordAction.LIST, "listing children looked after");

        assertThrows(AccessDenied.class, () -> caller.run(() -> access.authoriseAll(OUTSIDER, list, children)));

        for (ChildId child : children) {
            assertEquals(List.of("DENIED"), audit(child).stream().map(r -> r.get("decision", String.class)).toList());
        }
    }

    @Test
    void an_empty_list_is_still_a_decision_audited_once_without_a_child_and_refused_to_whom_it_would_be() {
        // Every decision is audited (ADR 0033): a list that names nobody too, with no child.
        long before = totalAudit();
        caller.run(() -> access.authoriseAll(WORKER, READ, List.of()));
        assertEquals(before + 1, totalAudit());
        assertEquals(1, f.count("select count(*) from governance.child_record_access where access_id ="
                + " (select max(access_id) from governance.child_record_access) and child_id is null"
                + " and decision = 'PERMITTED' and user_id = 'sw.smith'"));
        // An outsider is refused an empty list as a full one: the refusal does not depend on what the list holds.
        String refusals = "select count(*) from governance.child_record_access where user_id = 'j.bloggs'"
                + " and child_id is null and decision = 'DENIED' and rule = 'NO-DATA-SHARING-AGREEMENT'";
        long refusedBefore = f.count(refusals);
        assertThrows(AccessDenied.class, () -> caller.run(() -> access.authoriseAll(OUTSIDER, READ, Set.of())));
        assertEquals(refusedBefore + 1, f.count("select count(*) from governance.child_record_access where user_id = 'j.bloggs'"
                + " and child_id is null and decision = 'DENIED' and rule = 'NO-DATA-SHARING-AGREEMENT'"));
    }

    @Test
    void a_role_without_the_grant_is_refused_whatever_the_agreement() {
        ChildId child = ChildId.newId();
        var analyst = new Caller("pa.jones", "council", "performance-analyst", null);
        var write = new AccessIntent("social-care", "contact", RecordAction.UPDATE, "deciding a contact");
        var police = new Caller("pc.wright", "police", "police-officer", null);
        involve(child, "pc.wright", "police");

        assertThrows(AccessDenied.class, () -> caller.run(() -> access.authorise(analyst, READ, child)));
        assertThrows(AccessDenied.class, () -> caller.run(() -> access.authorise(police, write, child)),
                "a police user cannot decide a contact");
        caller.run(() -> access.authorise(police, new AccessIntent("social-care", "contact", RecordAction.READ,
                "strategy discussion"), child));

        assertEquals(List.of("ROLE-NOT-PERMITTED/DENIED/performance-analyst", "ROLE-NOT-PERMITTED/DENIED/police-officer",
                        "ROLE-AND-AGREEMENT/PERMITTED/police-officer"),
                audit(child).stream().map(r -> r.get("rule") + "/" + r.get("decision") + "/" + r.get("role")).toList());
    }

    @Test
    void a_purpose_the_agreements_name_narrows_the_agreements_relied_on() {
        ChildId child = ChildId.newId();
        var earlyHelp = new AccessIntent("family-support", "family-plan", RecordAction.READ, "viewing a family plan");
        var volunteer = new Caller("vs.amir", "voluntary-sector", "early-help-practitioner", "family-support");
        var volunteerForSafeguarding = new Caller("vs.amir", "voluntary-sector", "early-help-practitioner", "safeguarding");
        involve(child, "vs.amir", "voluntary-sector");

        caller.run(() -> access.authorise(volunteer, earlyHelp, child));
        assertThrows(AccessDenied.class, () -> caller.run(() -> access.authorise(volunteerForSafeguarding, earlyHelp, child)),
                "the voluntary sector is party to no agreement for safeguarding");
        assertThrows(AccessDenied.class, () -> caller.run(() -> access.authorise(
                new Caller("vs.amir", "voluntary-sector", "early-help-practitioner", null),
                new AccessIntent("social-care", "contact", RecordAction.READ, "reading a contact"), child)),
                "nor to one covering social care");

        assertEquals(List.of("DSA-EARLY-HELP", "null", "null"),
                audit(child).stream().map(r -> String.valueOf(r.get("agreement"))).toList());
    }

    @Test
    void an_agreement_that_has_ended_or_not_begun_is_no_basis() {
        ChildId child = ChildId.newId();
        for (String organisation : List.of("housing-association", "academy-trust")) {
            assertThrows(AccessDenied.class, () -> caller.run(() -> access.authorise(
                    new Caller("x", organisation, "social-worker", null), READ, child)));
        }
        assertEquals(List.of("NO-DATA-SHARING-AGREEMENT", "NO-DATA-SHARING-AGREEMENT"),
                audit(child).stream().map(r -> r.get("rule", String.class)).toList());
    }

    @Test
    void a_practitioner_not_involved_with_the_child_is_refused_and_the_refusal_names_the_break_glass_header() {
        ChildId child = ChildId.newId();
        involve(child, "sw.other", "council");

        var e = assertThrows(AccessDenied.class, () -> caller.run(() -> access.authorise(WORKER, READ, child)));

        assertTrue(e.getMessage().contains("NOT-INVOLVED") && e.getMessage().contains(Caller.BREAK_GLASS_HEADER), e.getMessage());
        Record row = audit(child).getFirst();
        assertEquals("DENIED", row.get("decision"));
        assertEquals("NOT-INVOLVED", row.get("rule"));
        assertEquals("DSA-SAFEGUARDING", row.get("agreement"), "role and agreement held; involvement lacking");
    }

    @Test
    void an_involvement_counts_only_within_its_period() {
        ChildId child = ChildId.newId();
        f.admin.execute("""
                insert into governance.involvement (child_id, user_id, organisation, kind, purpose, valid_from, valid_to, recorded_by)
                values (?, 'sw.smith', 'council', 'RECORDED-PURPOSE', 'strategy discussion', '2025-06-01', '2025-06-29', 'tm.jones')""",
                child.value());
        assertThrows(AccessDenied.class, () -> caller.run(() -> access.authorise(WORKER, READ, child)),
                "the strategy discussion's period ended the day before the fixture's date");

        ChildId current = ChildId.newId();
        f.admin.execute("""
                insert into governance.involvement (child_id, user_id, organisation, kind, purpose, valid_from, valid_to, recorded_by)
                values (?, 'sw.smith', 'council', 'RECORDED-PURPOSE', 'strategy discussion', '2025-06-30', '2025-07-14', 'tm.jones')""",
                current.value());
        caller.run(() -> access.authorise(WORKER, READ, current));
        assertEquals("ROLE-AND-AGREEMENT", audit(current).getFirst().get("rule"));
    }

    @Test
    void a_file_of_children_is_decided_child_by_child_on_each_ones_involvement_and_audited_a_row_each() {
        // Involvement is read for the whole file in one query (ADR 0075); each child still gets their own decision.
        List<ChildId> involved = List.of(allocatedToWorker(), allocatedToWorker(), allocatedToWorker());
        ChildId notInvolved = ChildId.newId();
        var update = new AccessIntent("social-care", "period-of-care", RecordAction.UPDATE, "importing a return");

        caller.run(() -> access.authoriseAll(WORKER, update, involved));
        for (ChildId child : involved) {
            assertEquals(List.of("UPDATE/PERMITTED/ROLE-AND-AGREEMENT"), audit(child).stream()
                    .map(r -> r.get("action") + "/" + r.get("decision") + "/" + r.get("rule")).toList());
        }

        List<ChildId> mixed = List.of(involved.getFirst(), notInvolved, involved.get(1));
        assertThrows(AccessDenied.class, () -> caller.run(() -> access.authoriseAll(WORKER, update, mixed)));
        assertEquals(List.of("DENIED/NOT-INVOLVED"), audit(notInvolved).stream()
                .map(r -> r.get("decision") + "/" + r.get("rule")).toList());
        assertEquals("PERMITTED", audit(involved.getFirst()).getLast().get("decision"),
                "the involved children of the refused file are audited as permitted, each on their own");
    }

    @Test
    void creating_a_file_of_childrens_records_makes_the_creator_involved_with_each_once() {
        ChildId already = ChildId.newId();
        var create = new AccessIntent("social-care", "contact", RecordAction.CREATE, "recording contacts from a file");
        caller.run(() -> access.authorise(WORKER, create, already));
        List<ChildId> file = List.of(ChildId.newId(), already, ChildId.newId(), ChildId.newId());

        assertThrows(IllegalStateException.class, () -> caller.run(() -> {
            access.authoriseAll(WORKER, create, file);
            throw new IllegalStateException("the import rolled back");
        }));
        assertEquals(0, f.count("select count(*) from governance.involvement where child_id = ?", file.getFirst().value()),
                "no involvement from a file that rolled back");

        caller.run(() -> access.authoriseAll(WORKER, create, file));

        for (ChildId child : file) {
            assertEquals(1, f.count("select count(*) from governance.involvement where child_id = ?"
                    + " and kind = 'CREATED-RECORD' and user_id = 'sw.smith' and organisation = 'council'", child.value()));
        }
        assertEquals(List.of("CREATE"), audit(file.getLast()).stream().map(r -> r.get("action", String.class)).toList(),
                "the rolled-back attempt's row is gone with it; one row a child for the call that committed");
    }

    @Test
    void creating_a_childs_record_makes_its_creator_involved_in_the_same_transaction() {
        ChildId child = ChildId.newId();
        var create = new AccessIntent("social-care", "contact", RecordAction.CREATE, "recording a contact");
        var contactRead = new AccessIntent("social-care", "contact", RecordAction.READ, "reading a contact");

        assertThrows(IllegalStateException.class, () -> caller.run(() -> {
            access.authorise(WORKER, create, child);
            throw new IllegalStateException("the record was never created");
        }));
        assertEquals(0, f.count("select count(*) from governance.involvement where child_id = ?", child.value()),
                "no involvement from a record that rolled back");

        caller.run(() -> access.authorise(WORKER, create, child));
        caller.run(() -> access.authorise(WORKER, create, child)); // a second record: still one involvement
        caller.run(() -> access.authorise(WORKER, contactRead, child));

        assertEquals(1, f.count("select count(*) from governance.involvement where child_id = ? and kind = 'CREATED-RECORD'"
                + " and user_id = 'sw.smith'", child.value()));
        assertEquals(List.of("CREATE/ROLE-AND-AGREEMENT", "CREATE/ROLE-AND-AGREEMENT", "READ/ROLE-AND-AGREEMENT"),
                audit(child).stream().map(r -> r.get("action") + "/" + r.get("rule")).toList());
    }

    @Test
    void breaking_glass_with_a_reason_is_permitted_flagged_and_its_reason_audited() {
        ChildId child = ChildId.newId();
        var breaking = WORKER.breakingGlass("child brought to A&E out of hours, allocated worker unavailable");

        caller.run(() -> access.authorise(breaking, READ, child));

        Record row = audit(child).getFirst();
        assertEquals("PERMITTED", row.get("decision"));
        assertEquals("BREAK-GLASS", row.get("rule"));
        assertEquals("break glass: child brought to A&E out of hours, allocated worker unavailable", row.get("purpose"));
    }

    @Test
    void breaking_glass_without_a_reason_is_refused_naming_the_header() {
        ChildId child = ChildId.newId();

        var e = assertThrows(AccessDenied.class,
                () -> caller.run(() -> access.authorise(WORKER.breakingGlass("  "), READ, child)));

        assertTrue(e.getMessage().contains(Caller.BREAK_GLASS_HEADER), e.getMessage());
        assertEquals("BREAK-GLASS-WITHOUT-REASON", audit(child).getFirst().get("rule"));
    }

    @Test
    void breaking_glass_never_lifts_a_role_or_agreement_refusal() {
        ChildId child = ChildId.newId();
        var analyst = new Caller("pa.jones", "council", "performance-analyst", null).breakingGlass("curious");
        var outsider = OUTSIDER.breakingGlass("urgent");

        assertThrows(AccessDenied.class, () -> caller.run(() -> access.authorise(analyst, READ, child)));
        assertThrows(AccessDenied.class, () -> caller.run(() -> access.authorise(outsider, READ, child)));

        assertEquals(List.of("ROLE-NOT-PERMITTED", "NO-DATA-SHARING-AGREEMENT"),
                audit(child).stream().map(r -> r.get("rule", String.class)).toList());
    }

    @Test
    void lists_and_cypf_components_are_not_asked_for_involvement() {
        ChildId child = ChildId.newId();
        var list = new AccessIntent("social-care", "period-of-care", RecordAction.LIST, "listing children looked after");
        caller.run(() -> access.authoriseAll(WORKER, list, List.of(child)));
        caller.run(() -> access.authorise(Caller.system("social-care.scheduler"), READ, child));
        assertEquals(List.of("ROLE-AND-AGREEMENT", "CYPF-STATUTORY-DUTY"),
                audit(child).stream().map(r -> r.get("rule", String.class)).toList());
    }

    @Test
    void a_missing_record_is_refused_to_whom_an_existing_one_would_be_and_audited_without_a_child() {
        var analyst = new Caller("pa.green", "council", java.util.Set.of("performance-analyst"), null, null,
                "https://issuer.example");
        long before = f.count("select count(*) from governance.child_record_access where user_id = 'pa.green'"
                + " and child_id is null and decision = 'DENIED' and issuer = 'https://issuer.example'");
        assertThrows(org.cypf.kernel.problem.AccessDenied.class,
                () -> caller.run(() -> access.authoriseMissing(analyst, READ)));
        assertEquals(before + 1, f.count("select count(*) from governance.child_record_access where user_id ="
                + " 'pa.green' and child_id is null and decision = 'DENIED' and issuer = 'https://issuer.example'"));

        // A social worker involved with no such record is refused as for a child they are not involved with ...
        var refused = assertThrows(org.cypf.kernel.problem.AccessDenied.class,
                () -> caller.run(() -> access.authoriseMissing(WORKER, READ)));
        assertTrue(refused.getMessage().contains("NOT-INVOLVED"), refused.getMessage());
        // ... and may learn that it is missing only by breaking glass with a reason.
        caller.run(() -> access.authoriseMissing(WORKER.breakingGlass("urgent call"), READ));
    }

    @Test
    void a_list_scope_is_the_children_the_caller_is_involved_with_unless_the_role_is_partnership_wide() {
        ChildId child = allocatedToWorker();
        AccessIntent list = new AccessIntent("social-care", "contact", RecordAction.LIST, "listing contacts");
        var worker = caller.inTransaction(() -> access.listScope(WORKER, list, java.time.LocalDate.of(2025, 6, 30)));
        assertFalse(worker.wholePartnership());
        assertTrue(worker.includes(child));
        assertFalse(worker.includes(ChildId.newId()));

        var manager = new Caller("tm.patel", "council", "team-manager", null);
        assertTrue(caller.inTransaction(() -> access.listScope(manager, list, java.time.LocalDate.of(2025, 6, 30))).wholePartnership());

        var analyst = new Caller("pa.green", "council", "performance-analyst", null);
        assertThrows(org.cypf.kernel.problem.AccessDenied.class,
                () -> caller.inTransaction(() -> access.listScope(analyst, list, java.time.LocalDate.of(2025, 6, 30))));
    }
}
