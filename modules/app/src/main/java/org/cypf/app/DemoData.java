package org.cypf.app;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.cypf.demo.AuthorityApis;
import org.cypf.demo.AuthoritySize;
import org.cypf.demo.Generated;
import org.cypf.demo.SyntheticAuthority;
import org.cypf.demo.SyntheticDirectory;

/**
 * The demo data set (ADR 0090): the synthetic authority at its small size, written at start when {@code demo.enabled}
 * asks for it, and only then. It is made for the development issuer's named users, so CYPF refuses to start with it
 * when the development issuer is off or a real issuer is configured: demo children must never sit beside real ones.
 * A database that already holds a strategy is left as it is (the data are kept between runs). The service directory
 * is given a small synthetic Open Referral UK feed, so a family's search of {@code /services} answers something.
 */
final class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private DemoData() {}

    static void loadIfAsked(Config config, AuthorityApis apis, Clock clock) {
        if (!config.get("demo.enabled").asBoolean().orElse(false)) {
            return;
        }
        refuseUnlessDevelopment(config.get("security"));
        // The directory first, and at every start: its import is idempotent, so a kept database is left as it is.
        var directory = SyntheticDirectory.load(apis.directory());
        LOG.info(() -> "Demo data: the service directory " + (directory.alreadyReceived() ? "kept as it was" : "holds "
                + directory.services() + " services of " + directory.organizations() + " organisations"));
        if (!apis.strategies().strategies().isEmpty()) {
            LOG.info("Demo data: the database already holds strategies; nothing loaded");
            return;
        }
        int children = config.get("demo.children").asInt().orElse(AuthoritySize.DEMO.children());
        Path strategies = Path.of(config.get("demo.strategies-directory").asString().orElse("docs/strategies"));
        Generated g = SyntheticAuthority.generate(apis, new AuthoritySize(children),
                config.get("demo.seed").asLong().orElse(16L), LocalDate.now(clock), strategies);
        LOG.info(() -> "Demo data: " + g.children() + " children, " + g.caseEvents() + " case events, "
                + g.strategies() + " strategies with " + g.observations() + " values, in " + g.millis() + " ms");
    }

    /** Demo data only where the development issuer is on and no real issuer is set. */
    static void refuseUnlessDevelopment(Config security) {
        if (security.get("issuer").asString().isPresent()) {
            throw new IllegalStateException("demo.enabled is set with a real issuer (security.issuer): demo data never "
                    + "loads where real children's records may be held");
        }
        if (!security.get("development-issuer.enabled").asBoolean().orElse(false)) {
            throw new IllegalStateException("demo.enabled needs the development issuer (security.development-issuer."
                    + "enabled): the demo data are made for its named users");
        }
    }
}
