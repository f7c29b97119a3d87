package org.skilleval.core.pluginhost;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * The scale a plugin declares for its results under a configuration: the most a score or total can
 * be and, for a method, the most each item of its score sheet can be; {@code null} parts where the
 * plugin declared nothing. {@link PluginCalls#requireInRange} holds answers to it.
 *
 * @param max the declared maximum score (method) or total (scheme)
 * @param itemMax each score-sheet item's maximum, by item id; empty for a scheme
 */
public record ResultScale(BigDecimal max, Map<String, BigDecimal> itemMax) {

    /** What the method declares under these parameters. Calls plugin code: call it guarded. */
    public static ResultScale of(AssessmentMethod method, Parameters parameters) {
        ScoreSheetSchema sheet = method.scoreSheet(parameters);
        Map<String, BigDecimal> itemMax = null;
        if (sheet != null) {
            itemMax = new HashMap<>();
            for (ScoreItem item : sheet.items()) {
                itemMax.put(item.id(), item.maxPoints());
            }
        }
        return new ResultScale(method.maxScore(parameters), itemMax);
    }
}
