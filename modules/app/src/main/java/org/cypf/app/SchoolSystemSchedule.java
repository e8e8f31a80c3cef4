package org.cypf.app;

import io.helidon.config.Config;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cypf.educationskills.EducationSkillsContext;
import org.cypf.educationskills.api.schoolsystem.SchoolSystemFeed;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;

/**
 * Runs the import from a school information system on a timer (ADR 0103, ADR 0107), off unless
 * {@code education-skills.school-system.url} is set: the application opens the system's database (read only, its
 * password from the environment) and education's import runs every {@code interval-seconds}, the first run at once. A
 * run that fails (the system is down) is logged by its kind and tried again at the next tick; a run's report is
 * logged as counts, never a pupil.
 */
final class SchoolSystemSchedule implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SchoolSystemSchedule.class.getName());

    private final ContextDatabase.SourceDatabase source;
    private final SchoolSystemFeed importer;
    private Ticks ticks;

    private SchoolSystemSchedule(ContextDatabase.SourceDatabase source, SchoolSystemFeed importer) {
        this.source = source;
        this.importer = importer;
    }

    /** @param section {@code education-skills.school-system} */
    static SchoolSystemSchedule start(Config section, EducationSkillsContext education) {
        Optional<String> url = section.get("url").asString().asOptional().filter(s -> !s.isBlank());
        if (url.isEmpty()) {
            return new SchoolSystemSchedule(null, null);
        }
        String name = section.get("name").asString().orElse("school-system");
        var source = ContextDatabase.openSource(new DatabaseSettings(url.get(),
                section.get("user").asString().orElse("cypf_reader"), section.get("password").asString().orElse("")),
                name, 2);
        SchoolSystemFeed importer = education.schoolSystemFeed(source);
        Duration interval = Duration.ofSeconds(section.get("interval-seconds").asLong().orElse(900L));
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalStateException("education-skills.school-system.interval-seconds must be at least 1");
        }
        var schedule = new SchoolSystemSchedule(source, importer);
        schedule.ticks = Ticks.start("cypf-school-system-import", Duration.ZERO, interval, schedule::runLogged);
        return schedule;
    }

    /** Whether the configuration asked for the import. */
    boolean enabled() {
        return importer != null;
    }

    /** One run now (tests, and each tick). */
    SchoolSystemFeed.ImportRun runOnce() {
        if (importer == null) {
            throw new IllegalStateException("no school information system is configured");
        }
        synchronized (this) {
            return importer.run();
        }
    }

    private void runLogged() {
        try {
            SchoolSystemFeed.ImportRun report = runOnce();
            LOG.info(() -> "school system " + report.system() + ": attendance " + report.attendanceImported() + " of "
                    + report.attendanceRead() + " rows imported, suspensions " + report.suspensionsImported() + " of "
                    + report.suspensionsRead() + ", " + report.unmapped() + " rows not imported");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the school system import failed and runs again at the next tick: "
                    + e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        if (ticks != null) {
            ticks.close();
        }
        if (source != null) {
            source.close();
        }
    }
}
