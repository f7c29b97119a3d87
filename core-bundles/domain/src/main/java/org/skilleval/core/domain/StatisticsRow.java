package org.skilleval.core.domain;

import java.util.Objects;

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
 */
public record StatisticsRow(
        String key,
        String label,
        long applicants,
        long eligible,
        long passed,
        long certified,
        long cancelled,
        long objections) {

    public StatisticsRow {
        Objects.requireNonNull(key, "key");
        label = label == null ? key : label;
    }

    /** This row with the objection count set. */
    public StatisticsRow withObjections(long count) {
        return new StatisticsRow(key, label, applicants, eligible, passed, certified, cancelled, count);
    }
}
