package org.cypf.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.cypf.familysupport.api.directory.DirectoryFeedImported;
import org.cypf.familysupport.api.directory.ImportDirectoryFeed;
import org.cypf.familysupport.api.directory.ServiceDirectory;
import org.cypf.governance.api.access.Caller;

/**
 * The demo's service directory: a small synthetic Open Referral UK feed (three organisations, eight services with
 * ages, costs, weekly schedules, taxonomy terms and places in the bundled postcode districts, ST3, ST4, ST5, ST6),
 * imported through the directory's own import as its directory manager would, so a newcomer's {@code /services}
 * search answers something. Importing it again changes nothing (the directory's import is idempotent).
 */
public final class SyntheticDirectory {
    /** The feed on the class path. */
    public static final String FEED = "/org/cypf/demo/directory-feed.json";
    /** Who publishes it, as the import records the source. */
    public static final String SOURCE = "demo.directory.example";
    /** The development issuer's directory manager (application.yaml). */
    static final Caller DIRECTORY_MANAGER = new Caller("dm.lee", "council", Set.of("directory-manager"), null);

    private SyntheticDirectory() {}

    /** Imports the feed into {@code directory}. */
    public static DirectoryFeedImported load(ServiceDirectory directory) {
        return directory.importFeed(DIRECTORY_MANAGER, new ImportDirectoryFeed(SOURCE, feed()));
    }

    static String feed() {
        try (InputStream in = SyntheticDirectory.class.getResourceAsStream(FEED)) {
            if (in == null) {
                throw new IllegalStateException("the demo directory feed is missing from the class path: " + FEED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
