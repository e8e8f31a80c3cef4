package org.cypf.familysupport.api.directory;

/**
 * ORUK's {@code page} (from 1) and {@code per_page} (1 to {@value #MAX_PER_PAGE}, {@value #DEFAULT_PER_PAGE}
 * when omitted): the same limits as every other list the platform serves.
 */
public record OrukPaging(int page, int perPage) {
    public static final int DEFAULT_PER_PAGE = 100;
    public static final int MAX_PER_PAGE = 1000;

    public OrukPaging {
        if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("page from 1, per_page from 1 to " + MAX_PER_PAGE);
        }
    }

    public long offset() {
        return (long) (page - 1) * perPage;
    }
}
