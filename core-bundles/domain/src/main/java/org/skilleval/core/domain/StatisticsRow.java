package org.skilleval.core.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The counts of one group of applications (seed 十: applicants, eligible, passed, certified,
 * objections). Drafts never count: an application counts once it was submitted.
 *
 * @param key the group: a city code, a credit code, an occupation or a round id
 * @param label the group as people read it: the city's or enterprise's name, the occupation, the round's title
 * @param applicants submitted applications
 * @param eligible of those, the ones the core found eligible
 * @param passed of those, the ones that passed the assessment (whatever happened after)
 * @param certified of those, the ones holding a certificate
 * @param cancelled of those, the ones cancelled by a sanction
 * @param objections objections raised against candidates of the group
 * @param seniorTechnicians the 高级技师 of the group's pilot enterprises (by occupation: as their work
 *     plans declare them); {@code null} when not known, for instance when a plan evaluating the
 *     occupation declares no count for it
 */
public record StatisticsRow(
        String key,
        String label,
        long applicants,
        long eligible,
        long passed,
        long certified,
        long cancelled,
        long objections,
        Long seniorTechnicians) {

    public StatisticsRow {
        Objects.requireNonNull(key, "key");
        label = label == null ? key : label;
    }

    /** A row whose 高级技师 are not known. */
    public StatisticsRow(
            String key,
            String label,
            long applicants,
            long eligible,
            long passed,
            long certified,
            long cancelled,
            long objections) {
        this(key, label, applicants, eligible, passed, certified, cancelled, objections, null);
    }

    /** This row with the objection count set. */
    public StatisticsRow withObjections(long count) {
        return new StatisticsRow(
                key, label, applicants, eligible, passed, certified, cancelled, count, seniorTechnicians);
    }

    /** This row with its label and its 高级技师 set. */
    public StatisticsRow with(String newLabel, Long seniors) {
        return new StatisticsRow(
                key, newLabel, applicants, eligible, passed, certified, cancelled, objections, seniors);
    }

    /**
     * The seed's guard against treating 特级技师 as a routine promotion of 高级技师 (普遍晋升): those who
     * passed, in percent of the group's 高级技师, to one decimal.
     *
     * @return empty when the 高级技师 are not known or there are none
     */
    public Optional<BigDecimal> passedPercentOfSeniors() {
        if (seniorTechnicians == null || seniorTechnicians <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(passed * 100)
                .divide(BigDecimal.valueOf(seniorTechnicians), 1, RoundingMode.HALF_UP));
    }
}
