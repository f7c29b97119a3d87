package org.skilleval.plugin.api.dto;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Describes what performance earns points in a band of an item, so that experts score alike.
 *
 * @param from lowest points of the band, inclusive
 * @param to highest points of the band, inclusive; not below {@code from}
 * @param description the performance that earns points in this band
 */
public record LevelDescriptor(BigDecimal from, BigDecimal to, LocalizedText description) {

    public LevelDescriptor {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(description, "description");
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("LevelDescriptor.to must not be below from");
        }
    }

    /**
     * The band [{@code from}, {@code to}] described in Chinese and English, the bounds written as
     * a score sheet's content writes them ({@code "17.99"}).
     *
     * @since 1.2
     */
    public static LevelDescriptor of(String from, String to, String zh, String en) {
        return new LevelDescriptor(new BigDecimal(from), new BigDecimal(to), LocalizedText.of(zh, en));
    }
}
