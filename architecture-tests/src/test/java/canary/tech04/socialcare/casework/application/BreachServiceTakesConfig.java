package canary.tech04.socialcare.casework.application;

import io.helidon.config.Config;

/** Breach: a use case reads the application's configuration instead of being given the value. */
public class BreachServiceTakesConfig {
    public long population(Config config) {
        return config.get("social-care.child-population").asLong().orElse(0L);
    }
}
