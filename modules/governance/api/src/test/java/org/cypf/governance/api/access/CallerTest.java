package org.cypf.governance.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.cypf.kernel.problem.AccessDenied;
import org.cypf.kernel.problem.Unauthenticated;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller from(Map<String, String> headers) {
        return Caller.fromHeaders(name -> Optional.ofNullable(headers.get(name)));
    }

    @Test
    void a_caller_is_read_from_the_headers() {
        Caller caller = from(Map.of(Caller.USER_HEADER, " sw.smith ", Caller.ORGANISATION_HEADER, "council",
                Caller.PURPOSE_HEADER, "strategy discussion"));
        assertEquals("sw.smith", caller.userId());
        assertEquals("council", caller.organisation());
        assertNull(caller.role());
        assertEquals("strategy discussion", caller.statedPurpose());
        assertFalse(caller.isSystem());
    }

    @Test
    void a_request_without_user_or_organisation_is_unauthenticated() {
        assertThrows(Unauthenticated.class, () -> from(Map.of(Caller.USER_HEADER, "sw.smith")));
        assertThrows(Unauthenticated.class, () -> from(Map.of(Caller.ORGANISATION_HEADER, "council")));
    }

    @Test
    void nobody_may_claim_to_be_a_cypf_component_through_headers() {
        assertThrows(AccessDenied.class, () -> from(Map.of(Caller.USER_HEADER, "x", Caller.ORGANISATION_HEADER, "CYPF",
                Caller.ROLE_HEADER, "system")));
        assertTrue(Caller.system("education-skills.virtual-school").isSystem());
    }

    @Test
    void over_long_headers_are_refused() {
        assertThrows(Unauthenticated.class, () -> from(Map.of(Caller.USER_HEADER, "u".repeat(201),
                Caller.ORGANISATION_HEADER, "council")));
    }
}
