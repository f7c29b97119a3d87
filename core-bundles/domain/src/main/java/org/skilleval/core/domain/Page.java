package org.skilleval.core.domain;

import java.util.List;

/**
 * One page of a list that the database pages for the caller.
 *
 * @param items the items of this page
 * @param total how many items the whole list has
 * @param offset the position of the first item of this page in the whole list
 * @param limit the most items a page holds
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
