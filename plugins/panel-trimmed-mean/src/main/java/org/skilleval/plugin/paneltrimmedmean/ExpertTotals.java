package org.skilleval.plugin.paneltrimmedmean;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.skilleval.plugin.api.dto.MethodResult;

/**
 * Where the scheme gets each expert's total for a method: the one input the trimmed mean needs
 * that plugin API 1.0 does not give a scoring scheme.
 *
 * <p>{@code ScoringScheme.combine} receives one {@link MethodResult} per method; its {@code
 * itemScores} are already combined over the panel, and nothing in it says what each expert gave.
 * So with API 1.0 there is no honest source ({@link #PLUGIN_API_1_0}), and the scheme refuses
 * rather than pass off an untrimmed score as a trimmed one. Once the API carries the experts'
 * totals (proposed: {@code MethodResult.expertTotals()}), the source reads them from the result
 * and nothing else in the scheme changes.
 */
interface ExpertTotals {

    /** The source under plugin API 1.0: results carry no per-expert totals. */
    ExpertTotals PLUGIN_API_1_0 = new ExpertTotals() {
        @Override
        public Optional<Map<String, BigDecimal>> of(MethodResult result) {
            return Optional.empty();
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    /**
     * Each expert's total for the method, keyed by expert id, on the method's scale [0, {@code
     * maxScore}]; empty when the result does not carry them.
     */
    Optional<Map<String, BigDecimal>> of(MethodResult result);

    /** Whether this source can deliver totals at all, so a plan can be refused before scoring. */
    boolean available();
}
