package org.cypf.educationskills.settings.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.cypf.educationskills.settings.domain.Setting;
import org.cypf.educationskills.shared.domain.Urn;

/** Where settings are kept. Every method runs inside the caller's unit of work. */
public interface SettingsHeld {

    /** The settings held of these URNs, by URN; a URN none holds is absent. */
    Map<Urn, Setting> find(Collection<Urn> urns);

    /** @throws org.cypf.kernel.problem.Conflict when a setting of the URN is held already, and then nothing is added */
    void add(Setting setting);

    /**
     * @throws org.cypf.kernel.problem.StaleVersion when the stored version is no longer {@code expectedVersion} (or
     *         none of the URN is held), and then nothing is changed
     */
    void update(Setting after, long expectedVersion);

    /** The settings in URN order, {@code offset} skipped, at most {@code limit}. */
    List<Setting> page(long offset, int limit);

    long count();
}
