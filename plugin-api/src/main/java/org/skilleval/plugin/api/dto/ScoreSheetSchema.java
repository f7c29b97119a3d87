package org.skilleval.plugin.api.dto;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The score sheet an assessment method produces for each expert to fill: the items in display
 * order. The core and the UI render it as it is.
 *
 * @param items the items; ids are unique; at least one
 */
public record ScoreSheetSchema(List<ScoreItem> items) {

    public ScoreSheetSchema {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A score sheet needs at least one item");
        }
        Set<String> ids = new HashSet<>();
        for (ScoreItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("Duplicate score item id " + item.id());
            }
        }
    }

    /** The most a sheet can total: the sum of {@code maxPoints × weight} over all items. */
    public BigDecimal maxTotal() {
        return items.stream()
                .map(item -> item.maxPoints().multiply(item.weight()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The item with this id, if the sheet has one. */
    public Optional<ScoreItem> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }
}
