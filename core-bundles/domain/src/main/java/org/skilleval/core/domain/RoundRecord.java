package org.skilleval.core.domain;

import java.util.Objects;
import org.skilleval.core.rules.RoundSchedule;

/**
 * An evaluation round (评聘批次) as stored.
 *
 * @param id the round's id
 * @param version the optimistic-locking version; a write must name the version it read
 * @param year the year in which the round's evaluation takes place
 * @param batch 1 or 2: the round within the year
 * @param title the round's name, e.g. 2027年第一批特级技师评聘
 * @param schedule the deadline of every phase
 */
public record RoundRecord(long id, long version, int year, int batch, String title, RoundSchedule schedule) {

    public RoundRecord {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(schedule, "schedule");
    }

    /** A copy with another schedule. */
    public RoundRecord withSchedule(RoundSchedule newSchedule) {
        return new RoundRecord(id, version, year, batch, title, newSchedule);
    }
}
