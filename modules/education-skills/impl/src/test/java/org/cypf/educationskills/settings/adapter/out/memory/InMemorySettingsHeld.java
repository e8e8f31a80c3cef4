package org.cypf.educationskills.settings.adapter.out.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cypf.educationskills.settings.domain.Setting;
import org.cypf.educationskills.settings.port.SettingsHeld;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.kernel.problem.Conflict;
import org.cypf.kernel.problem.StaleVersion;
import org.cypf.testing.context.InMemoryRows;
import org.cypf.testing.context.InMemoryUnitOfWork;

/**
 * Settings in memory, for fast tests (ADR 0097); test code only. It passes {@code SettingsHeldContract} as the jOOQ
 * adapter does: settings added and changed in the caller's {@link InMemoryUnitOfWork} and kept when it commits. Adding
 * or changing a setting locks its URN to the unit of work's end, as the primary key and the row lock hold a second
 * writer until the first commits: so of two changes from one version one is stale.
 */
public final class InMemorySettingsHeld implements SettingsHeld {
    private final InMemoryRows<Urn, Setting> rows = new InMemoryRows<>();

    @Override
    public Map<Urn, Setting> find(Collection<Urn> urns) {
        return urns.stream().distinct().map(rows::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Setting::urn, Function.identity()));
    }

    @Override
    public void add(Setting setting) {
        rows.lock(setting.urn());
        if (rows.find(setting.urn()).isPresent()) {
            throw new Conflict("a setting of this URN is held already");
        }
        rows.put(setting.urn(), setting);
    }

    @Override
    public void update(Setting after, long expectedVersion) {
        rows.lock(after.urn());
        if (rows.find(after.urn()).filter(held -> held.version() == expectedVersion).isEmpty()) {
            throw new StaleVersion("the setting", expectedVersion);
        }
        rows.put(after.urn(), after);
    }

    @Override
    public List<Setting> page(long offset, int limit) {
        return rows.where(s -> true).stream().sorted(Comparator.comparingInt(s -> s.urn().value())).skip(offset)
                .limit(limit).toList();
    }

    @Override
    public long count() {
        return rows.where(s -> true).size();
    }
}
