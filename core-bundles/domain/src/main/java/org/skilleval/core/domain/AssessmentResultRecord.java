package org.skilleval.core.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of a candidate's assessment (评审结果): what the plan's scoring scheme concluded from
 * its assessment methods' results, with the provenance that lets anyone compute it again.
 *
 * @param id the result's id
 * @param version the optimistic-locking version
 * @param applicationId the candidate's application (one result each)
 * @param roundId the round
 * @param participationId the enterprise's participation
 * @param creditCode the enterprise (tenant key)
 * @param cityCode the enterprise's city
 * @param total the combined score
 * @param passed whether the candidate passed
 * @param reasons why, as the scheme put it
 * @param methods each assessment method's result, in plan order
 * @param provenance every plugin that took part: the methods in plan order, then the scheme
 * @param inputs the submitted sheets the methods were given, ordered by method, then expert
 * @param inputsSha256 the SHA-256 (hex) of the inputs' canonical text
 * @param evaluatedAt when it was computed
 * @param evaluatedBy who asked for it
 */
public record AssessmentResultRecord(
        long id,
        long version,
        long applicationId,
        long roundId,
        long participationId,
        String creditCode,
        String cityCode,
        BigDecimal total,
        boolean passed,
        List<Text> reasons,
        List<MethodOutcome> methods,
        List<Provenance> provenance,
        List<SheetInput> inputs,
        String inputsSha256,
        Instant evaluatedAt,
        String evaluatedBy) {

    public AssessmentResultRecord {
        Objects.requireNonNull(total, "total");
        reasons = List.copyOf(reasons);
        methods = List.copyOf(methods);
        provenance = List.copyOf(provenance);
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(inputsSha256, "inputsSha256");
    }

    /** A text in Chinese and English. */
    public record Text(String zh, String en) {}

    /**
     * What one assessment method concluded.
     *
     * @param expertTotals each expert's own total on the method (expert id → total, on the scale
     *     of {@code maxScore}), as the method reported it; empty when the method reports none (a
     *     plugin built against plugin API 1.0) and in results stored before the field existed
     */
    public record MethodOutcome(
            String methodId,
            BigDecimal score,
            BigDecimal maxScore,
            Map<String, BigDecimal> itemScores,
            boolean vetoed,
            List<Text> reasons,
            Map<String, BigDecimal> expertTotals) {

        public MethodOutcome {
            itemScores = Collections.unmodifiableMap(new TreeMap<>(itemScores));
            reasons = List.copyOf(reasons);
            // Absent from results stored before expert totals were recorded: read as none.
            expertTotals = expertTotals == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(expertTotals));
        }

        /** An outcome without expert totals. */
        public MethodOutcome(
                String methodId,
                BigDecimal score,
                BigDecimal maxScore,
                Map<String, BigDecimal> itemScores,
                boolean vetoed,
                List<Text> reasons) {
            this(methodId, score, maxScore, itemScores, vetoed, reasons, Map.of());
        }

        /** This outcome with only {@code expertId}'s own total, as that expert may see it. */
        public MethodOutcome withOwnTotalOnly(String expertId) {
            Map<String, BigDecimal> own = new TreeMap<>();
            if (expertId != null && expertTotals.containsKey(expertId)) {
                own.put(expertId, expertTotals.get(expertId));
            }
            return new MethodOutcome(methodId, score, maxScore, itemScores, vetoed, reasons, own);
        }
    }

    /**
     * A plugin that took part.
     *
     * @param kind {@code ASSESSMENT_METHOD} or {@code SCORING_SCHEME}
     * @param pluginId the plugin's id
     * @param bundleSymbolicName the bundle that provided it
     * @param bundleVersion that bundle's version (the plan's pinned version)
     * @param configuration the plan's configuration of it
     * @param configurationSha256 the SHA-256 (hex) of the configuration's canonical text
     */
    public record Provenance(
            String kind,
            String pluginId,
            String bundleSymbolicName,
            String bundleVersion,
            Map<String, String> configuration,
            String configurationSha256) {

        public Provenance {
            configuration = Collections.unmodifiableMap(new TreeMap<>(configuration));
        }
    }

    /** One submitted sheet as the method received it. */
    public record SheetInput(String methodId, String expertId, Map<String, BigDecimal> points, String comment) {

        public SheetInput {
            points = Collections.unmodifiableMap(new TreeMap<>(points));
            comment = comment == null ? "" : comment;
        }
    }

    /** A copy naming the stored identity, so a re-evaluation replaces the same result. */
    public AssessmentResultRecord withIdentity(long newId, long newVersion) {
        return new AssessmentResultRecord(
                newId,
                newVersion,
                applicationId,
                roundId,
                participationId,
                creditCode,
                cityCode,
                total,
                passed,
                reasons,
                methods,
                provenance,
                inputs,
                inputsSha256,
                evaluatedAt,
                evaluatedBy);
    }
}
