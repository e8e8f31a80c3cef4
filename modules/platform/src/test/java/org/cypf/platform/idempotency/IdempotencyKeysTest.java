package org.cypf.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.cypf.platform.db.ContextDatabase;
import org.cypf.platform.db.DatabaseSettings;
import org.cypf.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key store on PostgreSQL: reserve, in flight, complete and replay, other body, release, expiry (ADR 0030). */
class IdempotencyKeysTest {
    private TestDatabase.Target target;
    private ContextDatabase platform;
    private IdempotencyKeys keys;

    @BeforeEach
    void setUp() {
        target = TestDatabase.fresh("idempotency keys");
        platform = ContextDatabase.open(new DatabaseSettings(target.jdbcUrl(), target.user(), target.password()),
                "platform", 2);
        keys = new IdempotencyKeys(platform);
    }

    @AfterEach
    void tearDown() {
        platform.close();
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password())) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long rows() {
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
             var rs = c.createStatement().executeQuery("select count(*) from platform.idempotency_key")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static IdempotencyKeys.Key key(String body) {
        return IdempotencyKeys.Key.of("caller:sw.smith", "POST /social-care/contacts", "k-1",
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_key_is_reserved_once_then_in_flight_then_replayed_with_the_first_answer() {
        var first = keys.reserve(key("{\"a\":1}"));
        assertInstanceOf(IdempotencyKeys.Reserved.class, first);
        assertInstanceOf(IdempotencyKeys.InFlight.class, keys.reserve(key("{\"a\":1}")));

        byte[] answer = "{\"contactId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        keys.complete(key("{\"a\":1}"), 201, "/social-care/contacts/x", answer);

        var replay = assertInstanceOf(IdempotencyKeys.Replay.class, keys.reserve(key("{\"a\":1}")));
        assertEquals(201, replay.status());
        assertEquals("/social-care/contacts/x", replay.location());
        assertArrayEquals(answer, replay.body());
        assertInstanceOf(IdempotencyKeys.OtherBody.class, keys.reserve(key("{\"a\":2}")));
        assertEquals(1, rows());
    }

    @Test
    void a_released_key_may_be_reserved_again_and_the_caller_and_route_scope_a_key() {
        keys.reserve(key("{}"));
        keys.release(key("{}"));
        assertEquals(0, rows());
        assertInstanceOf(IdempotencyKeys.Reserved.class, keys.reserve(key("{}")));
        assertInstanceOf(IdempotencyKeys.Reserved.class, keys.reserve(IdempotencyKeys.Key.of("caller:other",
                "POST /social-care/contacts", "k-1", "{}".getBytes(StandardCharsets.UTF_8))));
        assertInstanceOf(IdempotencyKeys.Reserved.class, keys.reserve(IdempotencyKeys.Key.of("caller:sw.smith",
                "POST /social-care/referrals", "k-1", "{}".getBytes(StandardCharsets.UTF_8))));
        assertEquals(3, rows());
    }

    @Test
    void a_key_older_than_the_expiry_is_forgotten_and_swept() {
        keys.reserve(key("{}"));
        keys.complete(key("{}"), 201, "/x", new byte[0]);
        admin("update platform.idempotency_key set created_at = now() - interval '25 hours'");
        assertInstanceOf(IdempotencyKeys.Reserved.class, keys.reserve(key("{\"other\":true}")),
                "an expired key is reserved afresh, whatever its old body");

        admin("update platform.idempotency_key set created_at = now() - interval '25 hours'");
        keys.reserve(IdempotencyKeys.Key.of("caller:b", "POST /y", "k-2", new byte[0]));
        assertEquals(1, rows(), "the expired row is swept by the next reservation");
    }
}
