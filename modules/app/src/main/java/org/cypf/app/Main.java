package org.cypf.app;

import io.helidon.config.Config;
import java.util.logging.Logger;

/** Starts CYPF: {@code ./mvnw -Prun -DskipTests package} from the repository root; tokens as the README shows. */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {}

    public static void main(String[] args) {
        CypfApplication app = CypfApplication.start(Config.create());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "cypf-shutdown"));
        LOG.info("CYPF is serving on http://localhost:" + app.port() + "/");
    }
}
