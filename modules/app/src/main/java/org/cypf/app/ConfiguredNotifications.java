package org.cypf.app;

import io.helidon.config.Config;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cypf.governance.api.access.AllocatedWorkers;
import org.cypf.kernel.notification.Notifications;
import org.cypf.kernel.notification.Recipient;
import org.cypf.platform.notify.LoggingNotifications;
import org.cypf.platform.notify.NotifyHttpNotifications;

/**
 * The notifications adapter the configuration asks for (ADR 0102, ADR 0107): with no {@code notifications.notify.base-url}
 * the logging adapter, which sends nothing; with one, the GOV.UK Notify adapter, its API key from the environment
 * ({@code NOTIFICATIONS_NOTIFY_API_KEY}), CYPF's template names mapped to the service's template ids, and each
 * recipient's address found by the address book ({@link #addressBook}).
 */
final class ConfiguredNotifications {
    private ConfiguredNotifications() {}

    /** @param notify the section {@code notifications.notify} */
    static Notifications from(Config notify, Function<Recipient, Optional<String>> addresses, Clock clock) {
        Optional<String> baseUrl = notify.get("base-url").asString().asOptional().filter(s -> !s.isBlank());
        if (baseUrl.isEmpty()) {
            return new LoggingNotifications();
        }
        String apiKey = notify.get("api-key").asString().asOptional().filter(s -> !s.isBlank()).orElseThrow(() ->
                new IllegalStateException("notifications.notify.base-url is set but no API key is: set "
                        + "NOTIFICATIONS_NOTIFY_API_KEY in the environment"));
        Map<String, String> templates = new LinkedHashMap<>();
        for (Config t : notify.get("templates").asNodeList().orElse(List.of())) {
            templates.put(t.get("name").asString().get(), t.get("id").asString().get());
        }
        return new NotifyHttpNotifications(URI.create(baseUrl.get()), apiKey, templates, addresses, clock,
                Duration.ofMillis(notify.get("timeout-ms").asLong().orElse(5_000L)));
    }

    /**
     * Where a notification goes (ADR 0108): the allocated worker of the child on today's date, from governance's
     * involvements, at their organisation's email domain ({@code notifications.notify.email-domains}); a user id
     * that is an email address already is used as it is. Any other role, a child with no allocated worker, or an
     * organisation with no domain has no address, and the adapter refuses the notification so the work is retried.
     */
    static Function<Recipient, Optional<String>> addressBook(AllocatedWorkers workers, Config domains, Clock clock) {
        Map<String, String> byOrganisation = new LinkedHashMap<>();
        for (Config d : domains.asNodeList().orElse(List.of())) {
            byOrganisation.put(d.get("organisation").asString().get(), d.get("domain").asString().get());
        }
        return recipient -> {
            if (!Recipient.ALLOCATED_WORKER.equals(recipient.role())) {
                return Optional.empty();
            }
            return workers.allocatedWorker(recipient.child().value(), LocalDate.now(clock)).flatMap(w ->
                    w.userId().contains("@") ? Optional.of(w.userId())
                            : Optional.ofNullable(byOrganisation.get(w.organisation())).map(d -> w.userId() + "@" + d));
        };
    }
}
