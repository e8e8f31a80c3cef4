package org.cypf.familysupport.api.directory;

import java.util.List;

/**
 * One page as the ORUK profile defines it ({@code Page} in its OpenAPI document).
 *
 * @param size the number of entities on this page
 */
public record OrukPage(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage,
                       boolean lastPage, boolean empty, List<OrukDocument> contents) {
    public OrukPage {
        contents = List.copyOf(contents);
    }

    /** The page {@code paging} asks for, of {@code totalItems}, holding {@code contents}. */
    public static OrukPage of(OrukPaging paging, long totalItems, List<OrukDocument> contents) {
        int totalPages = (int) ((totalItems + paging.perPage() - 1) / paging.perPage());
        return new OrukPage(totalItems, totalPages, paging.page(), contents.size(), paging.page() == 1,
                paging.page() >= totalPages, contents.isEmpty(), contents);
    }
}
