package org.cypf.kernel.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cypf.kernel.identity.ChildId;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of the {@link Notifications} port must do (ADR 0102, ADR 0106), as a suite an adapter's test
 * extends: CYPF's recording adapter passes it, the GOV.UK Notify adapter passes it against a local fake of the
 * service, and an integrator's adapter to their own service runs the same suite (published in the kernel's test-jar,
 * {@code org.cypf:cypf-kernel:<version>:test-jar}).
 *
 * <p>The suite sees the adapter from both sides: it sends through {@link #adapter()} and reads what reached the far
 * side (the service, or the adapter's memory) through {@link #delivered()}. An adapter that only logs (the default,
 * {@code LoggingNotifications}) delivers nothing, so it is not a delivering adapter and does not run the suite.
 *
 * <p>The contract: a notification arrives once per send, with its template, recipient's role, personalisation and
 * reference unchanged; sends arrive in the order made; a refusal is a {@link NotificationFailed} (never another
 * exception, so the caller's unit of work rolls back and is retried) and delivers nothing; after a refusal the adapter
 * still works; a repeat of the same reference is sent again (at least once: the reference lets the reader recognise
 * it); sends from several threads all arrive.
 */
public abstract class NotificationsContract {

    /** What the far side received for one notification, in CYPF's terms. */
    public record Delivered(String template, String role, Map<String, String> personalisation, String reference) {
        public Delivered {
            personalisation = Map.copyOf(personalisation);
        }
    }

    /** The adapter under test; the same instance on each call of one test. */
    protected abstract Notifications adapter();

    /** What reached the far side so far, oldest first, mapped back to CYPF's template names and roles. */
    protected abstract List<Delivered> delivered();

    /** Makes the far side refuse the next notification (a service answering 400, a queue that is full). */
    protected abstract void refuseNext();

    /** The templates the adapter knows (a service maps each to its template id); the suite uses the first two. */
    protected List<String> templates() {
        return List.of("social-care.suspension-of-child-known-to-social-care", "social-care.initial-conference-overdue");
    }

    private static final ChildId CHILD = ChildId.of(UUID.fromString("7d1f4c8e-2b1a-4c55-9c1e-5b8a0e3f6a21"));

    private Notification notification(int template, String reference, Map<String, String> personalisation) {
        return new Notification(templates().get(template), Recipient.allocatedWorkerOf(CHILD), personalisation,
                reference);
    }

    private static Delivered delivered(Notification n) {
        return new Delivered(n.template(), n.to().role(), n.personalisation(), n.reference());
    }

    @Test
    public void a_notification_arrives_once_with_its_template_role_personalisation_and_reference_unchanged() {
        Notification sent = notification(0, "exclusion-1", Map.of("child_record", "/children/" + CHILD.value(),
                "start_date", "2026-11-30", "sessions", ""));
        adapter().send(sent);
        assertEquals(List.of(delivered(sent)), delivered());
    }

    @Test
    public void notifications_arrive_in_the_order_they_were_sent() {
        List<Delivered> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Notification n = notification(i % 2, "reference-" + i, Map.of("n", Integer.toString(i)));
            adapter().send(n);
            expected.add(delivered(n));
        }
        assertEquals(expected, delivered());
    }

    @Test
    public void a_template_without_placeholders_is_sent_with_an_empty_personalisation() {
        Notification sent = notification(1, "conference-2", Map.of());
        adapter().send(sent);
        assertEquals(List.of(delivered(sent)), delivered());
    }

    @Test
    public void a_refusal_is_a_notification_failed_delivers_nothing_and_the_adapter_goes_on_working() {
        refuseNext();
        assertThrows(NotificationFailed.class, () -> adapter().send(notification(0, "refused-1", Map.of("a", "b"))));
        assertEquals(List.of(), delivered(), "a refused notification is not delivered");

        Notification retried = notification(0, "refused-1", Map.of("a", "b"));
        adapter().send(retried);
        assertEquals(List.of(delivered(retried)), delivered(), "the retry of the same reference is delivered");
    }

    @Test
    public void the_same_reference_sent_twice_arrives_twice_so_no_retry_is_lost() {
        Notification once = notification(0, "exclusion-9", Map.of("start_date", "2026-11-30"));
        adapter().send(once);
        adapter().send(once);
        assertEquals(List.of(delivered(once), delivered(once)), delivered());
    }

    @Test
    public void notifications_sent_from_several_threads_all_arrive_once() throws Exception {
        int threads = 4;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        adapter().send(notification(0, "t" + thread + "-" + i, Map.of()));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Delivered> got = delivered();
        Set<String> references = new HashSet<>();
        got.forEach(d -> references.add(d.reference()));
        assertEquals(threads * each, got.size(), "every send arrived");
        assertEquals(threads * each, references.size(), "each once");
    }
}
