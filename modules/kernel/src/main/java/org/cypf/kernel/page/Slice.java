package org.cypf.kernel.page;

/**
 * Which part of a list a use case reads: {@code size} items after the first {@code offset()}, pages counting from 1.
 * The HTTP adapter makes one from {@code ?page=&size=} (checked there, at most 1000 a page); a list port applies it in
 * its query ({@code limit}/{@code offset}), so a list is never read whole to be cut (docs/api/paging.md).
 *
 * @param page the page, from 1
 * @param size how many items a page holds, from 1
 */
public record Slice(int page, int size) {
    public Slice {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("a page counts from 1 and holds at least one item");
        }
    }

    /** How many items come before this page, for SQL's {@code offset}. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
