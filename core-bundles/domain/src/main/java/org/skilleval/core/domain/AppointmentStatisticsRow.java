package org.skilleval.core.domain;

import java.util.Objects;

/**
 * The appointments of one group of certified holders (per city, enterprise or occupation): does
 * evaluation lead to a post, and are terms renewed or ended.
 *
 * @param key the group: a city code, a credit code or an occupation
 * @param label the group as people read it
 * @param certified holders of a valid certificate
 * @param appointed appointments in force (current or reviewed, awaiting renewal or end)
 * @param dueForReview current appointments whose term ends within the review window
 * @param renewed appointments renewed at term end
 * @param ended appointments ended (at term end, before it, or by a sanction)
 */
public record AppointmentStatisticsRow(
        String key, String label, long certified, long appointed, long dueForReview, long renewed, long ended) {

    public AppointmentStatisticsRow {
        Objects.requireNonNull(key, "key");
        label = label == null ? key : label;
    }

    /** @return renewed among concluded terms (renewed or ended), 0–1; 0 when none concluded */
    public double renewalRate() {
        long concluded = renewed + ended;
        return concluded == 0 ? 0 : (double) renewed / concluded;
    }

    /** @return ended among concluded terms, 0–1; 0 when none concluded */
    public double endingRate() {
        long concluded = renewed + ended;
        return concluded == 0 ? 0 : (double) ended / concluded;
    }

    /** @return appointed among certified holders, 0–1; 0 when none is certified */
    public double appointmentRate() {
        return certified == 0 ? 0 : Math.min(1, (double) appointed / certified);
    }
}
