package org.skilleval.core.domain;

import java.util.List;
import java.util.Objects;
import org.skilleval.core.rules.WorkPlanStatus;

/**
 * An enterprise's work plan for a round (工作方案, seed 二（二）): the occupations evaluated, the
 * criteria, the assessment methods and scoring scheme with their configuration, the organisation
 * and the schedule.
 *
 * @param id the plan's id
 * @param version the optimistic-locking version
 * @param participationId the enterprise's participation in the round (one plan each)
 * @param roundId the round
 * @param creditCode the enterprise (tenant key)
 * @param cityCode the enterprise's city
 * @param occupations the occupations (工种) evaluated
 * @param criteria the evaluation criteria (评审条件)
 * @param methods the assessment methods (评审方式), in order
 * @param scheme the scoring scheme (评分办法)
 * @param organisation how the evaluation is organised (组织形式)
 * @param schedule the time plan (时间安排)
 * @param status where it stands
 * @param reviewNote the provincial review's note; empty before
 */
public record WorkPlanRecord(
        long id,
        long version,
        long participationId,
        long roundId,
        String creditCode,
        String cityCode,
        List<String> occupations,
        String criteria,
        List<PluginChoice> methods,
        PluginChoice scheme,
        String organisation,
        String schedule,
        WorkPlanStatus status,
        String reviewNote) {

    public WorkPlanRecord {
        Objects.requireNonNull(status, "status");
        occupations = List.copyOf(occupations);
        methods = List.copyOf(methods);
        criteria = criteria == null ? "" : criteria;
        organisation = organisation == null ? "" : organisation;
        schedule = schedule == null ? "" : schedule;
        reviewNote = reviewNote == null ? "" : reviewNote;
    }

    /** The plan's content as the enterprise edits it. */
    public record Content(
            List<String> occupations,
            String criteria,
            List<PluginChoice> methods,
            PluginChoice scheme,
            String organisation,
            String schedule) {

        public Content {
            occupations = List.copyOf(occupations);
            methods = List.copyOf(methods);
        }
    }

    public Content content() {
        return new Content(occupations, criteria, methods, scheme, organisation, schedule);
    }

    /** A copy with new content. */
    public WorkPlanRecord withContent(Content content) {
        return new WorkPlanRecord(
                id,
                version,
                participationId,
                roundId,
                creditCode,
                cityCode,
                content.occupations(),
                content.criteria(),
                content.methods(),
                content.scheme(),
                content.organisation(),
                content.schedule(),
                status,
                reviewNote);
    }

    /** A copy in another status, with a note. */
    public WorkPlanRecord withStatus(WorkPlanStatus newStatus, String note) {
        return new WorkPlanRecord(
                id,
                version,
                participationId,
                roundId,
                creditCode,
                cityCode,
                occupations,
                criteria,
                methods,
                scheme,
                organisation,
                schedule,
                newStatus,
                note);
    }
}
