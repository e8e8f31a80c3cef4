package org.cypf.educationskills.api.settings;

import java.util.List;

/** A page of settings, ordered by URN. */
public record SettingsPage(List<SettingView> settings, int page, int size, long total) {
    public SettingsPage {
        settings = List.copyOf(settings);
    }
}
