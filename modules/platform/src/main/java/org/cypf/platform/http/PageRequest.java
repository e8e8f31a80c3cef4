package org.cypf.platform.http;

import java.util.List;
import org.cypf.kernel.problem.Violations;

/**
 * Which page of a list a client asks for: {@code ?page=1&size=100}. Pages count from 1; the size is at most
 * {@value #MAX_SIZE} (the documented maximum: a list is never answered whole however large it grows), {@value
 * #DEFAULT_SIZE} when not given. Both parameters are checked together, so one answer names both when both are bad.
 *
 * @param page the page, from 1
 * @param size how many items a page holds, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page from 1, size from 1 to " + MAX_SIZE);
        }
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    static PageRequest from(RouteRequest req) {
        var v = new Violations();
        int page = whole(v, "page", req.request().query().first("page").orElse(null), 1, Integer.MAX_VALUE, 1,
                "must be a whole number from 1 (pages count from 1)");
        int size = whole(v, "size", req.request().query().first("size").orElse(null), 1, MAX_SIZE, DEFAULT_SIZE,
                "must be a whole number from 1 to " + MAX_SIZE);
        v.throwIfAny();
        return new PageRequest(page, size);
    }

    private static int whole(Violations v, String name, String text, int min, int max, int absent, String reason) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String s = text.strip();
        if (!s.matches("\\d{1,10}") || Long.parseLong(s) < min || Long.parseLong(s) > max) {
            v.add(name, reason);
            return absent;
        }
        return Integer.parseInt(s);
    }

    /** How many items come before this page, for SQL's {@code offset}. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /** This page of {@code all}, for lists already in memory. */
    public <T> List<T> of(List<T> all) {
        long from = Math.min(offset(), all.size());
        return List.copyOf(all.subList((int) from, (int) Math.min(from + size, all.size())));
    }

    /** Whether a list of {@code total} items has a page after this one. */
    public boolean hasNext(long total) {
        return offset() + size < total;
    }
}
