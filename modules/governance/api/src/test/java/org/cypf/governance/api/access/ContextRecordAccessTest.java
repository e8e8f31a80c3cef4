package org.cypf.governance.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.cypf.kernel.identity.ChildId;
import org.junit.jupiter.api.Test;

/** A context's use cases authorise through the port bound to its name; the name reaches governance on every call. */
class ContextRecordAccessTest {

    /** Governance's side of the port, recording what it is asked. */
    private static final class Recording implements ChildRecordAccess {
        final List<AccessIntent> intents = new ArrayList<>();
        final List<ChildId> children = new ArrayList<>();

        @Override
        public void authorise(Caller caller, AccessIntent intent, ChildId child) {
            intents.add(intent);
            children.add(child);
        }

        @Override
        public void authoriseAll(Caller caller, AccessIntent intent, Collection<ChildId> all) {
            intents.add(intent);
            children.addAll(all);
        }

        @Override
        public void authoriseMissing(Caller caller, AccessIntent intent) {
            intents.add(intent);
        }

        @Override
        public ListScope listScope(Caller caller, AccessIntent intent, java.time.LocalDate date) {
            intents.add(intent);
            return ListScope.only(List.of());
        }
    }

    private static final Caller CALLER = new Caller("sw.smith", "council", (String) null, null);
    private static final RecordIntent READ = new RecordIntent("period-of-care", RecordAction.READ, "reading the care record");

    @Test
    void the_bound_name_is_the_context_of_every_access() {
        Recording governance = new Recording();
        ContextRecordAccess access = governance.boundTo("social-care");
        ChildId child = ChildId.newId();

        access.authorise(CALLER, READ, child);
        access.authoriseAll(CALLER, new RecordIntent("period-of-care", RecordAction.LIST, "listing"), List.of(child));

        assertEquals("social-care", access.context());
        assertEquals(List.of(new AccessIntent("social-care", "period-of-care", RecordAction.READ, "reading the care record"),
                new AccessIntent("social-care", "period-of-care", RecordAction.LIST, "listing")), governance.intents);
        assertEquals(List.of(child, child), governance.children);
    }

    @Test
    void a_missing_record_and_a_list_scope_are_asked_under_the_bound_name_too() {
        Recording governance = new Recording();
        ContextRecordAccess access = governance.boundTo("social-care");

        access.authoriseMissing(CALLER, READ);
        ListScope scope = access.listScope(CALLER, new RecordIntent("contact", RecordAction.LIST, "listing"),
                java.time.LocalDate.of(2025, 6, 30));

        assertEquals(List.of(new AccessIntent("social-care", "period-of-care", RecordAction.READ, "reading the care record"),
                new AccessIntent("social-care", "contact", RecordAction.LIST, "listing")), governance.intents);
        assertEquals(false, scope.wholePartnership());
        assertEquals(false, scope.includes(ChildId.newId()));
    }

    @Test
    void a_context_name_is_kebab_case() {
        Recording governance = new Recording();
        assertThrows(IllegalArgumentException.class, () -> governance.boundTo("Social Care"));
        assertThrows(IllegalArgumentException.class, () -> governance.boundTo("socialcare."));
        assertThrows(NullPointerException.class, () -> ContextRecordAccess.bind(null, governance));
    }
}
