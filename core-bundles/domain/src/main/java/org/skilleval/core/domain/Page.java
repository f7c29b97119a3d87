package org.skilleval.core.domain;

import java.util.List;

/**
 * One page of a list that the database pages for the caller.
 *
 * <p>A long list is counted only so far past the page: counting all of a province's applications
 * for every page would make each page slower as the province grows. Then {@code totalExact} is
 * false and the list has more than {@code total} items; {@code total} is still beyond this page
 * ({@code offset + limit < total}), so a reader that pages until {@code offset + limit >= total}
 * reads the whole list either way.
 *
 * @param items the items of this page
 * @param total how many items the whole list has, or, when not {@code totalExact}, fewer than it has
 * @param offset the position of the first item of this page in the whole list
 * @param limit the most items a page holds
 * @param totalExact whether {@code total} is the size of the whole list
 */
public record Page<T>(List<T> items, long total, int offset, int limit, boolean totalExact) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list whose size is known exactly. */
    public Page(List<T> items, long total, int offset, int limit) {
        this(items, total, offset, limit, true);
    }

    /** The same place in the same list, showing other items (each item made into what a caller shows). */
    public <R> Page<R> withItems(List<R> otherItems) {
        return new Page<>(otherItems, total, offset, limit, totalExact);
    }
}
