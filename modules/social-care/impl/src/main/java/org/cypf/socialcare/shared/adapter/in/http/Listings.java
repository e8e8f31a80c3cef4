package org.cypf.socialcare.shared.adapter.in.http;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BiFunction;
import org.cypf.kernel.page.Page;
import org.cypf.kernel.page.Slice;
import org.cypf.kernel.problem.InvalidInput;
import org.cypf.platform.http.PageRequest;
import org.cypf.platform.http.RouteRequest;

/**
 * What social care's list resources answer alike, so every such answer has the same shape: the things on a date
 * ({@code ?date=}, today by default), or a child's things ({@code ?childId=}, required); one page of them
 * ({@code ?page=&size=}, at most {@link org.cypf.platform.http.PageRequest#MAX_SIZE}), with the page's fields
 * ({@link org.cypf.platform.http.PageRequest#answer}).
 */
public final class Listings {
    /** Where social care's times are local: a date-time sent without an offset is a time in England. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private Listings() {}

    /**
     * {@code {"date": ..., "<name>": [...], "count": n, "page": p, "size": s, "total": t, "hasNext": b}} for
     * {@code ?date=} (today by {@code clock} when absent): the use case reads only the page asked for (filtered and
     * paged in the port's query, with its total). The page is checked before the list is read.
     */
    public static Map<String, Object> pageOnDate(RouteRequest req, Clock clock, String name,
                                                 BiFunction<LocalDate, Slice, Page<?>> list) {
        LocalDate date = req.dateOrToday("date", clock);
        PageRequest page = req.page();
        return page.answer(Map.of("date", date), name, list.apply(date, page.slice()));
    }

    /**
     * {@code {"childId": ..., "<name>": [...], "count": ..., "page": ..., "total": ...}} for {@code ?childId=}, which
     * is required; the use case reads only the page asked for, in the port's query.
     */
    public static Map<String, Object> pageOfChild(RouteRequest req, String name,
                                                  BiFunction<String, Slice, Page<?>> list) {
        String childId = req.query("childId", String.class)
                .orElseThrow(() -> InvalidInput.of("childId", "is required: whose " + name + "?"));
        PageRequest page = req.page();
        return page.answer(Map.of("childId", childId), name, list.apply(childId, page.slice()));
    }
}
