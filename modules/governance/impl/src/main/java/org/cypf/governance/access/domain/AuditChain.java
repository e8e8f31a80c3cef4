package org.cypf.governance.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cypf.governance.access.domain.AuditFinding.Kind;

/**
 * The access audit's hash chain (ADR 0020). Sealing links each new audit row, in commit-safe order (writing
 * transaction, then id), to the one before by SHA-256, and closes the batch with a seal chained to the seal before.
 * Verification recomputes every link and seal from the rows as they are now, so a row that was edited, slipped in
 * below a seal's horizon, or deleted shows, as does a link or seal removed or changed.
 *
 * <p>What it cannot show on its own: someone able to rewrite rows, links and seals together, recomputing every hash
 * after the change. Publishing the latest seal's hash outside the database (the verification endpoint returns it)
 * closes that gap.
 */
public final class AuditChain {
    /** The "previous hash" of the first link and the first seal. */
    public static final String GENESIS = "0".repeat(64);

    /** What one sealing adds: the new links and the seal that closes them. */
    public record Sealing(List<AuditLink> links, AuditSeal seal) {
        public Sealing {
            links = List.copyOf(links);
        }
    }

    /** What verification found, and how much of the audit the chain holds. */
    public record Verification(List<AuditFinding> findings, long sealedRows, long unsealedRows, long seals,
                               String headHash) {
        public Verification {
            findings = List.copyOf(findings);
        }

        public boolean intact() {
            return findings.isEmpty();
        }
    }

    /** The commit-safe order: by writing transaction, then by id within it. */
    public static final Comparator<AuditedAccess> ORDER = Comparator
            .<AuditedAccess, Long>comparing(AuditedAccess::writtenByTx, Long::compareUnsigned)
            .thenComparingLong(AuditedAccess::accessId);

    private AuditChain() {}

    /**
     * Links {@code rows} (every unsealed row of a transaction below {@code horizon}) after {@code lastLink} and seals
     * them after {@code lastSeal}; empty when there is nothing to seal.
     */
    public static Optional<Sealing> seal(AuditLink lastLink, AuditSeal lastSeal, long horizon, List<AuditedAccess> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        long sealId = lastSeal == null ? 1 : lastSeal.sealId() + 1;
        long position = lastLink == null ? 0 : lastLink.position();
        String previous = lastLink == null ? GENESIS : lastLink.hash();
        List<AuditLink> links = new ArrayList<>();
        for (AuditedAccess row : rows.stream().sorted(ORDER).toList()) {
            if (Long.compareUnsigned(row.writtenByTx(), horizon) >= 0) {
                throw new IllegalArgumentException("a row of a transaction at or above the horizon cannot be sealed yet");
            }
            position++;
            String hash = hash(previous, row.content());
            links.add(new AuditLink(position, row.accessId(), sealId, previous, hash));
            previous = hash;
        }
        String previousSeal = lastSeal == null ? GENESIS : lastSeal.hash();
        long first = links.getFirst().position();
        return Optional.of(new Sealing(links, new AuditSeal(sealId, horizon, first, position, previous, previousSeal,
                sealHash(sealId, horizon, first, position, previous, previousSeal))));
    }

    /** Checks the whole audit: every row against its link, every link against the one before, every seal. */
    public static Verification verify(List<AuditedAccess> rows, List<AuditLink> links, List<AuditSeal> seals) {
        List<AuditFinding> findings = new ArrayList<>();
        Map<Long, AuditedAccess> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.accessId(), r));
        Map<Long, AuditLink> byPosition = new HashMap<>();
        Set<Long> linked = new HashSet<>();

        long expectedPosition = 1;
        String expectedPrevious = GENESIS;
        long sealed = 0;
        for (AuditLink link : links.stream().sorted(Comparator.comparingLong(AuditLink::position)).toList()) {
            byPosition.put(link.position(), link);
            linked.add(link.accessId());
            if (link.position() != expectedPosition) {
                findings.add(new AuditFinding(Kind.BROKEN_CHAIN, link.position(), link.accessId(),
                        "links " + expectedPosition + " to " + (link.position() - 1) + " are missing"));
            } else if (!link.previousHash().equals(expectedPrevious)) {
                findings.add(new AuditFinding(Kind.BROKEN_CHAIN, link.position(), link.accessId(),
                        "the link does not carry the hash of the link before it"));
            }
            AuditedAccess row = byId.get(link.accessId());
            if (row == null) {
                findings.add(new AuditFinding(Kind.DELETED, link.position(), link.accessId(),
                        "the sealed audit row is no longer there"));
            } else if (!hash(link.previousHash(), row.content()).equals(link.hash())) {
                findings.add(new AuditFinding(Kind.EDITED, link.position(), link.accessId(),
                        "the audit row no longer has the content that was sealed"));
            } else {
                sealed++;
            }
            expectedPosition = link.position() + 1;
            expectedPrevious = link.hash();
        }

        AuditSeal last = null;
        for (AuditSeal seal : seals.stream().sorted(Comparator.comparingLong(AuditSeal::sealId)).toList()) {
            long expectedId = last == null ? 1 : last.sealId() + 1;
            long expectedFirst = last == null ? 1 : last.lastPosition() + 1;
            String previousSeal = last == null ? GENESIS : last.hash();
            AuditLink head = byPosition.get(seal.lastPosition());
            if (seal.sealId() != expectedId || seal.firstPosition() != expectedFirst
                    || !seal.previousHash().equals(previousSeal)
                    || (last != null && Long.compareUnsigned(seal.horizon(), last.horizon()) < 0)) {
                findings.add(new AuditFinding(Kind.BROKEN_CHAIN, seal.firstPosition(), 0,
                        "seal " + seal.sealId() + " does not follow the seal before it"));
            }
            if (!sealHash(seal.sealId(), seal.horizon(), seal.firstPosition(), seal.lastPosition(), seal.headHash(),
                    seal.previousHash()).equals(seal.hash()) || head == null || !head.hash().equals(seal.headHash())) {
                findings.add(new AuditFinding(Kind.BROKEN_CHAIN, seal.lastPosition(), 0,
                        "seal " + seal.sealId() + " does not match the chain it sealed"));
            }
            last = seal;
        }
        long lastSealed = last == null ? 0 : last.lastPosition();
        for (AuditLink link : links) {
            if (link.position() > lastSealed) {
                findings.add(new AuditFinding(Kind.BROKEN_CHAIN, link.position(), link.accessId(),
                        "a link that no seal covers"));
            }
        }

        long unsealed = 0;
        for (AuditedAccess row : rows.stream().sorted(ORDER).toList()) {
            if (linked.contains(row.accessId())) {
                continue;
            }
            if (last != null && Long.compareUnsigned(row.writtenByTx(), last.horizon()) < 0) {
                findings.add(new AuditFinding(Kind.INSERTED, 0, row.accessId(),
                        "a row below the last seal's horizon that no link holds"));
            } else {
                unsealed++;
            }
        }
        return new Verification(findings, sealed, unsealed, seals.size(), last == null ? GENESIS : last.hash());
    }

    static String hash(String previous, String content) {
        return sha256(previous + "\n" + content);
    }

    static String sealHash(long sealId, long horizon, long first, long last, String headHash, String previous) {
        return sha256(previous + "\nseal/v1|" + sealId + "|" + Long.toUnsignedString(horizon) + "|" + first + "|"
                + last + "|" + headHash);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
