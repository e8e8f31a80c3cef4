package org.cypf.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way tests get RabbitMQ: the broker named by {@code CYPF_TEST_RABBITMQ_URI}, otherwise the one these
 * machines run at {@code amqp://guest:guest@127.0.0.1:5672}. A test that needs it is skipped, with a message saying
 * how to provide one, only when neither answers (ADR 0038); it never pretends to have a broker.
 */
public final class TestBroker {
    static final String ENVIRONMENT = "CYPF_TEST_RABBITMQ_URI";
    static final URI LOCAL = URI.create("amqp://guest:guest@127.0.0.1:5672");

    private TestBroker() {}

    /** The broker's URI; skips the calling test (with the reason) when no broker accepts a connection. */
    public static URI uriOrSkip() {
        String configured = System.getenv(ENVIRONMENT);
        URI uri = configured == null || configured.isBlank() ? LOCAL : URI.create(configured);
        Assumptions.assumeTrue(reachable(uri), () -> "no RabbitMQ broker answers at " + uri.getHost() + ":"
                + port(uri) + "; start one (rabbitmq-server -detached) or set " + ENVIRONMENT
                + " to an amqp:// URI to run the broker tests");
        return uri;
    }

    private static boolean reachable(URI uri) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), port(uri)), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : "amqps".equals(uri.getScheme()) ? 5671 : 5672;
    }
}
