package org.skilleval.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A note of on-site supervision (现场督导, seed 二（四）): what the provincial or a city's skill
 * assessment body found when it visited a pilot enterprise's evaluation. Notes are only added.
 *
 * @param id the note's id
 * @param roundId the round
 * @param participationId the enterprise's participation
 * @param creditCode the enterprise (tenant key)
 * @param cityCode the enterprise's city
 * @param visitedOn the day of the visit
 * @param findings what was found
 * @param panelId the panel observed; {@code null} when the note concerns no single panel
 * @param occupation the occupation observed; empty when none
 * @param recordedBy who recorded it
 * @param recordedByRole the role they recorded it in ({@code province} or {@code city})
 * @param recordedAt when it was recorded
 */
public record SupervisionNoteRecord(
        long id,
        long roundId,
        long participationId,
        String creditCode,
        String cityCode,
        LocalDate visitedOn,
        String findings,
        Long panelId,
        String occupation,
        String recordedBy,
        String recordedByRole,
        Instant recordedAt) {

    public SupervisionNoteRecord {
        Objects.requireNonNull(visitedOn, "visitedOn");
        Objects.requireNonNull(findings, "findings");
        occupation = occupation == null ? "" : occupation;
    }
}
