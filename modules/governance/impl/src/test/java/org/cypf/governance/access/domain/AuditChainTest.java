package org.cypf.governance.access.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cypf.governance.access.domain.AuditFinding.Kind;
import org.junit.jupiter.api.Test;

/** The chain in memory: sealing in commit-safe order, and verification catching each kind of tampering. */
class AuditChainTest {
    private static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static AuditedAccess row(long id, long tx, String purpose) {
        return new AuditedAccess(id, Instant.parse("2025-06-30T12:00:00.123456Z").plusSeconds(id), "sw.smith", "council",
                "social-worker", "social-care", "period-of-care", "READ", CHILD, purpose, "PERMITTED",
                "ROLE-AND-AGREEMENT", "DSA-SAFEGUARDING", tx);
    }

    /** Three rows sealed in two seals: ids 1 and 2 (tx 100, 101), then id 3 (tx 105). */
    private record Chain(List<AuditedAccess> rows, List<AuditLink> links, List<AuditSeal> seals) {
        AuditChain.Verification verify() {
            return AuditChain.verify(rows, links, seals);
        }
    }

    private static Chain sealed() {
        // id 2 was written by an earlier transaction than id 1: the chain follows the transactions, not the ids.
        List<AuditedAccess> rows = new ArrayList<>(List.of(row(1, 101, "a"), row(2, 100, "b")));
        var first = AuditChain.seal(null, null, 102, rows).orElseThrow();
        rows.add(row(3, 105, "c"));
        var second = AuditChain.seal(first.links().getLast(), first.seal(), 110, List.of(rows.get(2))).orElseThrow();
        List<AuditLink> links = new ArrayList<>(first.links());
        links.addAll(second.links());
        return new Chain(rows, links, new ArrayList<>(List.of(first.seal(), second.seal())));
    }

    @Test
    void a_sealed_chain_verifies_and_follows_the_writing_transactions() {
        Chain chain = sealed();
        assertEquals(List.of(2L, 1L, 3L), chain.links().stream().map(AuditLink::accessId).toList());
        assertEquals(AuditChain.GENESIS, chain.links().getFirst().previousHash());
        assertEquals(chain.links().get(0).hash(), chain.links().get(1).previousHash());
        assertEquals(chain.seals().get(0).hash(), chain.seals().get(1).previousHash());

        var v = chain.verify();
        assertTrue(v.intact(), v.findings().toString());
        assertEquals(3, v.sealedRows());
        assertEquals(0, v.unsealedRows());
        assertEquals(chain.seals().getLast().hash(), v.headHash());
    }

    @Test
    void an_edited_row_is_found() {
        Chain chain = sealed();
        chain.rows().set(0, row(1, 101, "changed afterwards"));
        var v = chain.verify();
        assertEquals(List.of(Kind.EDITED), v.findings().stream().map(AuditFinding::kind).toList());
        assertEquals(1, v.findings().getFirst().accessId());
    }

    @Test
    void a_value_moved_between_columns_is_an_edit() {
        var a = new AuditedAccess(1, Instant.EPOCH, "ab", "c", null, "x", "y", "READ", CHILD, "p", "PERMITTED", "R", null, 1);
        var b = new AuditedAccess(1, Instant.EPOCH, "a", "bc", null, "x", "y", "READ", CHILD, "p", "PERMITTED", "R", null, 1);
        var c = new AuditedAccess(1, Instant.EPOCH, "ab", "c", "", "x", "y", "READ", CHILD, "p", "PERMITTED", "R", null, 1);
        assertFalse(a.content().equals(b.content()));
        assertFalse(a.content().equals(c.content()), "a null is not an empty text");
    }

    @Test
    void a_deleted_row_is_found() {
        Chain chain = sealed();
        chain.rows().remove(1);
        var v = chain.verify();
        assertEquals(List.of(Kind.DELETED), v.findings().stream().map(AuditFinding::kind).toList());
        assertEquals(2, v.findings().getFirst().accessId());
    }

    @Test
    void a_deleted_row_and_its_link_break_the_chain() {
        Chain chain = sealed();
        chain.rows().remove(0);
        chain.links().remove(1);
        assertTrue(chain.verify().findings().stream().anyMatch(f -> f.kind() == Kind.BROKEN_CHAIN));
    }

    @Test
    void a_row_slipped_in_below_the_horizon_is_found_and_a_new_row_above_it_waits_for_the_next_seal() {
        Chain chain = sealed();
        chain.rows().add(row(4, 103, "forged"));
        chain.rows().add(row(5, 110, "new"));
        var v = chain.verify();
        assertEquals(List.of(new AuditFinding(Kind.INSERTED, 0, 4, "a row below the last seal's horizon that no link holds")),
                v.findings());
        assertEquals(1, v.unsealedRows());
    }

    @Test
    void a_changed_or_removed_seal_is_found() {
        Chain chain = sealed();
        AuditSeal s = chain.seals().get(0);
        chain.seals().set(0, new AuditSeal(s.sealId(), s.horizon() + 1, s.firstPosition(), s.lastPosition(), s.headHash(),
                s.previousHash(), s.hash()));
        assertFalse(chain.verify().intact());

        Chain removed = sealed();
        removed.seals().remove(1);
        assertEquals(List.of(Kind.BROKEN_CHAIN), removed.verify().findings().stream().map(AuditFinding::kind).toList(),
                "the last link is covered by no seal");
    }

    @Test
    void nothing_to_seal_makes_no_seal_and_a_row_at_the_horizon_cannot_be_sealed() {
        assertTrue(AuditChain.seal(null, null, 100, List.of()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> AuditChain.seal(null, null, 100, List.of(row(1, 100, "a"))));
    }
}
