package org.cypf.educationskills.settings.application;

import java.util.List;
import java.util.Map;
import org.cypf.educationskills.api.settings.SettingView;
import org.cypf.educationskills.api.settings.Settings;
import org.cypf.educationskills.api.settings.SettingsImported;
import org.cypf.educationskills.api.settings.SettingsPage;
import org.cypf.educationskills.settings.domain.RegisterEntry;
import org.cypf.educationskills.settings.domain.Setting;
import org.cypf.educationskills.shared.domain.Urn;
import org.cypf.educationskills.settings.port.RegisterReader;
import org.cypf.educationskills.settings.port.SettingsHeld;
import org.cypf.kernel.problem.Violations;
import org.cypf.kernel.transaction.UnitOfWork;

/** Settings' use cases. Settings are organisations, not children's records: no child access check applies. */
public final class SettingsService implements Settings {
    private final UnitOfWork unitOfWork;
    private final SettingsHeld held;
    private final RegisterReader reader;

    public SettingsService(UnitOfWork unitOfWork, SettingsHeld held, RegisterReader reader) {
        this.unitOfWork = unitOfWork;
        this.held = held;
        this.reader = reader;
    }

    @Override
    public SettingsImported importRegister(String csv) {
        List<RegisterEntry> entries = reader.read(csv); // a refused file throws before anything is stored
        return unitOfWork.inTransaction(() -> {
            Map<Urn, Setting> current = held.find(entries.stream().map(RegisterEntry::urn).toList());
            int added = 0;
            int changed = 0;
            for (RegisterEntry entry : entries) {
                Setting before = current.get(entry.urn());
                if (before == null) {
                    held.add(Setting.registered(entry).after());
                    added++;
                } else {
                    var after = before.reregistered(entry);
                    if (after.isPresent()) {
                        held.update(after.get().after(), before.version());
                        changed++;
                    }
                }
            }
            return new SettingsImported(entries.size(), added, changed, entries.size() - added - changed);
        });
    }

    @Override
    public SettingsPage settings(int page, int size) {
        checkPage(page, size, MAX_PAGE_SIZE);
        return unitOfWork.inTransaction(() -> new SettingsPage(
                held.page((long) (page - 1) * size, size).stream().map(SettingsService::view).toList(),
                page, size, held.count()));
    }

    static void checkPage(int page, int size, int max) {
        var v = new Violations();
        v.check(page >= 1, "page", "must be a whole number from 1 (pages count from 1)");
        v.check(size >= 1 && size <= max, "size", "must be a whole number from 1 to " + max);
        v.throwIfAny();
    }

    private static SettingView view(Setting s) {
        RegisterEntry e = s.entry();
        return new SettingView(e.urn().value(), e.name(), e.typeOfEstablishment(), e.phaseOfEducation(), e.trust(),
                e.postcode(), s.version());
    }

}
