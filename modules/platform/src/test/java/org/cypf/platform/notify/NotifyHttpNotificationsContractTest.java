package org.cypf.platform.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.cypf.kernel.notification.Notifications;
import org.cypf.kernel.notification.NotificationsContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The GOV.UK Notify adapter passes the notifications port's contract suite (ADR 0106) against a local fake of the
 * service (the JDK's HTTP server on a free port, serving several requests at once). What the fake received is read
 * back into CYPF's terms: the template id to CYPF's template name, the address to the recipient's role.
 */
class NotifyHttpNotificationsContractTest extends NotificationsContract {
    private static final String API_KEY = "cypf_contract-26785a09-ab16-4eb0-8407-a37497a57506-"
            + "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOMAIN = "@council.example";

    private final Map<String, String> templateIds = new LinkedHashMap<>();
    private final List<JsonNode> received = new ArrayList<>();
    private boolean refuseNext;
    private HttpServer fake;
    private NotifyHttpNotifications adapter;

    @BeforeEach
    void startTheFakeService() throws IOException {
        templates().forEach(t -> templateIds.put(t, UUID.nameUUIDFromBytes(t.getBytes(StandardCharsets.UTF_8)).toString()));
        fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fake.setExecutor(Executors.newFixedThreadPool(4));
        fake.createContext("/v2/notifications/email", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            int status;
            synchronized (this) {
                status = refuseNext ? 400 : 201;
                refuseNext = false;
                if (status == 201) {
                    received.add(body);
                }
            }
            byte[] reply = (status == 201 ? "{\"id\":\"" + UUID.randomUUID() + "\"}"
                    : "{\"errors\":[{\"error\":\"BadRequestError\",\"message\":\"refused by the fake\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        fake.start();
        adapter = new NotifyHttpNotifications(URI.create("http://127.0.0.1:" + fake.getAddress().getPort()), API_KEY,
                templateIds, r -> Optional.of(r.role() + DOMAIN), Clock.systemUTC(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stopTheFakeService() {
        fake.stop(0);
        ((java.util.concurrent.ExecutorService) fake.getExecutor()).shutdownNow();
    }

    @Override
    protected Notifications adapter() {
        return adapter;
    }

    @Override
    protected synchronized List<Delivered> delivered() {
        Map<String, String> names = new LinkedHashMap<>();
        templateIds.forEach((name, id) -> names.put(id, name));
        return received.stream().map(body -> {
            String address = body.get("email_address").asText();
            try {
                Map<String, String> personalisation = JSON.treeToValue(body.get("personalisation"),
                        JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
                return new Delivered(names.get(body.get("template_id").asText()),
                        address.substring(0, address.length() - DOMAIN.length()), personalisation,
                        body.get("reference").asText());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @Override
    protected synchronized void refuseNext() {
        refuseNext = true;
    }
}
