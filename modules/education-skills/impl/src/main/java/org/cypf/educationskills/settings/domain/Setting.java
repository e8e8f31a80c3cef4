package org.cypf.educationskills.settings.domain;

import java.util.Optional;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.kernel.change.Changed;
import org.cypf.kernel.change.Rebuild;
import org.cypf.kernel.change.Versioned;

/**
 * A setting as CYPF holds it: the latest register entry for its URN. The register is the source of truth, so a
 * newer entry replaces the held one; one that says the same changes nothing (which makes an import idempotent).
 */
public final class Setting implements Versioned {
    private final RegisterEntry entry;
    private final long version;

    private Setting(RegisterEntry entry, long version) {
        this.entry = entry;
        this.version = version;
    }

    /** A setting the register lists for the first time. */
    public static Changed<Setting> registered(RegisterEntry entry) {
        return Changed.to(new Setting(entry, 0));
    }

    @Rebuild
    public static Setting rebuild(RegisterEntry entry, long version) {
        return new Setting(entry, version);
    }

    /** The setting as the register now describes it, or nothing when the register says what is held already. */
    public Optional<Changed<Setting>> reregistered(RegisterEntry latest) {
        if (latest.equals(entry)) {
            return Optional.empty();
        }
        if (!latest.urn().equals(entry.urn())) {
            throw new IllegalArgumentException("a register entry for another URN");
        }
        return Optional.of(Changed.to(new Setting(latest, version + 1)));
    }

    public RegisterEntry entry() {
        return entry;
    }

    public Urn urn() {
        return entry.urn();
    }

    @Override
    public long version() {
        return version;
    }
}
