package org.skilleval.core.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param seniorTechnicians how many 高级技师 the enterprise has in each evaluated occupation, as it
 *     declares them in the plan: the base of the seed's guard against 普遍晋升 per occupation; an
 *     occupation left out is not declared
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
        String reviewNote,
        Map<String, Integer> seniorTechnicians) {

    public WorkPlanRecord {
        Objects.requireNonNull(status, "status");
        occupations = List.copyOf(occupations);
        methods = List.copyOf(methods);
        criteria = criteria == null ? "" : criteria;
        organisation = organisation == null ? "" : organisation;
        schedule = schedule == null ? "" : schedule;
        reviewNote = reviewNote == null ? "" : reviewNote;
        seniorTechnicians = ordered(seniorTechnicians);
    }

    /** A plan that declares no 高级技师 per occupation (plans written before the declaration existed). */
    public WorkPlanRecord(
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
        this(
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
                status,
                reviewNote,
                Map.of());
    }

    /**
     * The plan's content as the enterprise edits it.
     *
     * @param seniorTechnicians 高级技师 per evaluated occupation, as declared; see {@link WorkPlanRecord}
     */
    public record Content(
            List<String> occupations,
            String criteria,
            List<PluginChoice> methods,
            PluginChoice scheme,
            String organisation,
            String schedule,
            Map<String, Integer> seniorTechnicians) {

        public Content {
            occupations = List.copyOf(occupations);
            methods = List.copyOf(methods);
            seniorTechnicians = ordered(seniorTechnicians);
        }

        /** Content that declares no 高级技师 per occupation. */
        public Content(
                List<String> occupations,
                String criteria,
                List<PluginChoice> methods,
                PluginChoice scheme,
                String organisation,
                String schedule) {
            this(occupations, criteria, methods, scheme, organisation, schedule, Map.of());
        }

        /** A copy with other plugin choices, the rest unchanged. */
        public Content withPlugins(List<PluginChoice> newMethods, PluginChoice newScheme) {
            return new Content(occupations, criteria, newMethods, newScheme, organisation, schedule, seniorTechnicians);
        }
    }

    public Content content() {
        return new Content(occupations, criteria, methods, scheme, organisation, schedule, seniorTechnicians);
    }

    /** Unmodifiable, in the order given (the plan's order of occupations reads best). */
    private static Map<String, Integer> ordered(Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> copy = new LinkedHashMap<>();
        counts.forEach((occupation, count) ->
                copy.put(Objects.requireNonNull(occupation, "occupation"), Objects.requireNonNull(count, "count")));
        return Collections.unmodifiableMap(copy);
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
                reviewNote,
                content.seniorTechnicians());
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
                note,
                seniorTechnicians);
    }
}
