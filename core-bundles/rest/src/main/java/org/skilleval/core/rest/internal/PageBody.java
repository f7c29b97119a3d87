package org.skilleval.core.rest.internal;

import java.util.List;
import java.util.function.Function;
import org.skilleval.core.domain.Page;

/**
 * The body of every list answer: one page of items, the size of the whole list, and where the page
 * starts. A long list is counted only so far past the page ({@link Page}): then {@code totalExact}
 * is false and the list has more than {@code total} items.
 */
record PageBody<T>(List<T> items, long total, boolean totalExact, int offset, int limit) {

    static <R, T> PageBody<T> of(Page<R> page, Function<R, T> toBody) {
        return new PageBody<>(
                page.items().stream().map(toBody).toList(),
                page.total(),
                page.totalExact(),
                page.offset(),
                page.limit());
    }
}
