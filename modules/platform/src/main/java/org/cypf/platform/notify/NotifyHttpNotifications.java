package org.cypf.platform.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cypf.kernel.notification.Notification;
import org.cypf.kernel.notification.NotificationFailed;
import org.cypf.kernel.notification.Notifications;
import org.cypf.kernel.notification.Recipient;

/**
 * Sends notifications through a service shaped like GOV.UK Notify (ADR 0102): {@code POST /v2/notifications/email}
 * with the template's id, the recipient's email address, the personalisation and a reference, authorised by a JSON
 * Web Token signed (HS256) with the secret of the service's API key, whose issuer is the service id and whose
 * {@code iat} is now. An API key reads {@code <key name>-<service id>-<secret>}, the last two being UUIDs.
 *
 * <p>CYPF's template names map to the service's template ids by configuration, and a recipient (a role towards a
 * child) to an address by {@code addresses}; an unmapped template or recipient is a {@link NotificationFailed}, as is
 * any answer but 201, so the unit of work that sent it is retried rather than losing the message.
 */
public final class NotifyHttpNotifications implements Notifications {
    private static final int UUID_LENGTH = 36;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    private final String serviceId;
    private final byte[] secret;
    private final Map<String, String> templateIds;
    private final Function<Recipient, Optional<String>> addresses;
    private final HttpClient client;
    private final Clock clock;
    private final Duration timeout;

    /**
     * @param baseUrl     the service's root, e.g. {@code https://api.notifications.service.gov.uk}
     * @param apiKey      the service's API key (from the environment, never from the repository)
     * @param templateIds CYPF's template name to the service's template id
     * @param addresses   the email address of a recipient, when known
     */
    public NotifyHttpNotifications(URI baseUrl, String apiKey, Map<String, String> templateIds,
                                   Function<Recipient, Optional<String>> addresses, Clock clock, Duration timeout) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.length() < 2 * UUID_LENGTH + 2) {
            throw new IllegalArgumentException("the notification service's API key is too short to hold a service id "
                    + "and a secret");
        }
        this.serviceId = apiKey.substring(apiKey.length() - 2 * UUID_LENGTH - 1, apiKey.length() - UUID_LENGTH - 1);
        this.secret = apiKey.substring(apiKey.length() - UUID_LENGTH).getBytes(StandardCharsets.UTF_8);
        this.templateIds = Map.copyOf(templateIds);
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void send(Notification notification) {
        String templateId = templateIds.get(notification.template());
        if (templateId == null) {
            throw new NotificationFailed("no template id is configured for " + notification.template());
        }
        String address = addresses.apply(notification.to()).orElseThrow(() -> new NotificationFailed(
                "no address is known for the " + notification.to().role() + " of the child (reference "
                        + notification.reference() + ")"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email_address", address);
        body.put("template_id", templateId);
        body.put("personalisation", notification.personalisation());
        body.put("reference", notification.reference());
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(baseUrl.resolve("/v2/notifications/email")).timeout(timeout)
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        } catch (JsonProcessingException e) {
            throw new NotificationFailed("the notification could not be written", e);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new NotificationFailed("the notification service could not be reached: " + e.getClass().getName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotificationFailed("interrupted while sending a notification", e);
        }
        if (response.statusCode() != 201) {
            // The service's error names the field it refused, never the personalisation's values.
            throw new NotificationFailed("the notification service answered " + response.statusCode() + " for "
                    + notification.template() + " (reference " + notification.reference() + ")");
        }
    }

    /** The API key JWT: HS256 over {@code {"typ":"JWT","alg":"HS256"}} and {@code {"iss":<service id>,"iat":<now>}}. */
    String token() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"" + serviceId + "\",\"iat\":" + clock.instant().getEpochSecond()
                + "}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + claims).getBytes(StandardCharsets.UTF_8));
            return header + "." + claims + "." + b64.encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
