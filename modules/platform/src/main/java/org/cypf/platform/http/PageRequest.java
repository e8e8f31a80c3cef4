package org.cypf.platform.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The answer of a paged list route, every list alike: {@code {"<name>": [this page's items], "count": items on
     * this page, "page": n, "size": s, "total": all items, "hasNext": true|false}}, after {@code fields} (the list's
     * own, e.g. {@code date} or {@code childId}). The items keep their resource's own name ({@code children},
     * {@code plans}) rather than a generic {@code items}: clients written before paging read them there.
     */
    public Map<String, Object> answer(Map<String, ?> fields, String name, List<?> all) {
        Map<String, Object> answer = new LinkedHashMap<>(fields);
        List<?> items = of(all);
        answer.put(name, items);
        answer.put("count", items.size());
        answer.put("page", page);
        answer.put("size", size);
        answer.put("total", all.size());
        answer.put("hasNext", hasNext(all.size()));
        return answer;
    }

    /** This page, as a use case and its list port read it ({@code limit}/{@code offset} in the query). */
    public org.cypf.kernel.page.Slice slice() {
        return new org.cypf.kernel.page.Slice(page, size);
    }

    /**
     * The answer of a paged list route whose port read only this page ({@link #slice()}): as
     * {@link #answer(Map, String, List)}, with the total the port counted.
     */
    public Map<String, Object> answer(Map<String, ?> fields, String name, org.cypf.kernel.page.Page<?> read) {
        Map<String, Object> answer = new LinkedHashMap<>(fields);
        answer.put(name, read.items());
        answer.put("count", read.items().size());
        answer.put("page", page);
        answer.put("size", size);
        answer.put("total", read.total());
        answer.put("hasNext", hasNext(read.total()));
        return answer;
    }

    /** {@link #answer(Map, String, List)} with no fields of the list's own. */
    public Map<String, Object> answer(String name, List<?> all) {
        return answer(Map.of(), name, all);
    }

    /** Whether a list of {@code total} items has a page after this one. */
    public boolean hasNext(long total) {
        return offset() + size < total;
    }
}
