package org.skilleval.plugin.api.dto;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One expert's filled score sheet for one candidate and one assessment method.
 *
 * @param expertId who filled it; stable within a panel
 * @param points the points awarded, keyed by {@link ScoreItem#id()}
 * @param comment the expert's remark; may be empty, never {@code null}
 */
public record ScoreSheet(String expertId, Map<String, BigDecimal> points, String comment) {

    public ScoreSheet {
        Objects.requireNonNull(expertId, "expertId");
        points = Map.copyOf(points);
        comment = comment == null ? "" : comment;
    }
}
