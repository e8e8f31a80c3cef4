package org.cypf.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/** Drives HTTP requests for a fixed time and answers requests per second and latency percentiles. */
final class Load {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What a run measured. */
    record Result(long requests, double perSecond, double p50Ms, double p99Ms, long failures) {}

    private Load() {}

    /** {@code clients} threads each sending the next request as soon as the last is answered. */
    static Result closed(IntFunction<HttpRequest.Builder> request, int expected, int clients, Duration run) throws Exception {
        return drive(request, expected, clients, run, 0);
    }

    /** The same, paced so that all clients together send {@code perSecond} requests a second. */
    static Result paced(IntFunction<HttpRequest.Builder> request, int expected, int clients, Duration run, double perSecond)
            throws Exception {
        return drive(request, expected, clients, run, perSecond);
    }

    private static Result drive(IntFunction<HttpRequest.Builder> request, int expected, int clients, Duration run,
                                double perSecond) throws Exception {
        AtomicLong sequence = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + run.toNanos();
        long gap = perSecond > 0 ? (long) (1e9 * clients / perSecond) : 0;
        for (int c = 0; c < clients; c++) {
            long[][] mine = {new long[1024]};
            int[] count = {0};
            long offset = gap * c / Math.max(1, clients);
            Thread t = Thread.ofPlatform().start(() -> {
                long next = start + offset;
                while (true) {
                    long now = System.nanoTime();
                    if (now >= end) {
                        break;
                    }
                    if (gap > 0 && now < next) {
                        java.util.concurrent.locks.LockSupport.parkNanos(next - now);
                        continue;
                    }
                    next += gap;
                    long t0 = System.nanoTime();
                    try {
                        var answer = HTTP.send(request.apply((int) sequence.incrementAndGet()).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != expected) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    if (count[0] == mine[0].length) {
                        mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
                    }
                    mine[0][count[0]++] = System.nanoTime() - t0;
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], count[0]));
                }
            });
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            return new Result(0, 0, 0, 0, failures.get());
        }
        return new Result(all.length, all.length / seconds, all[all.length / 2] / 1e6,
                all[Math.min(all.length - 1, (int) Math.ceil(all.length * 0.99) - 1)] / 1e6, failures.get());
    }

    /** The builder of a GET of {@code url} with {@code authorization}. */
    static HttpRequest.Builder get(String url, String authorization) {
        return HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).GET();
    }
}
