package org.skilleval.core.lifecycle.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.ApplicationRecord;
import org.skilleval.core.domain.ApplicationSummary;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelMember;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.lifecycle.AssessmentView;
import org.skilleval.core.lifecycle.Candidate;
import org.skilleval.core.lifecycle.CandidateSummary;
import org.skilleval.core.lifecycle.PanelConflict;
import org.skilleval.core.persistence.AssessmentResultStore;
import org.skilleval.core.persistence.PanelSize;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ScoreSheetStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.pluginhost.PinnedPlugin;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/** What the assessment shows: the candidates of a round and one candidate's sheets, result, conflicts and divergences. */
@Component(service = AssessmentViews.class)
public class AssessmentViews {

    private final AssessmentContexts contexts;
    private final WorkPlanStore plans;
    private final PanelStore panels;
    private final ScoreSheetStore sheets;
    private final AssessmentResultStore results;
    private final PluginCalls plugins;
    private final PanelChecks checks;

    @Activate
    public AssessmentViews(
            @Reference AssessmentContexts contexts,
            @Reference WorkPlanStore plans,
            @Reference PanelStore panels,
            @Reference ScoreSheetStore sheets,
            @Reference AssessmentResultStore results,
            @Reference PluginCalls plugins,
            @Reference PanelChecks checks) {
        this.contexts = contexts;
        this.plans = plans;
        this.panels = panels;
        this.sheets = sheets;
        this.results = results;
        this.plugins = plugins;
        this.checks = checks;
    }

    public Page<Candidate> candidates(Caller caller, long roundId, int offset, int limit) {
        return candidates(
                caller,
                offset,
                limit,
                (city, enterprise, expert) ->
                        panels.candidates(roundId, city, enterprise, expert, AssessmentContexts.LISTED, offset, limit),
                ApplicationSummary::of,
                (application, expert, panelId, expected, submitted) -> new Candidate(
                        expert ? AssessmentContexts.redacted(application) : application, panelId, expected, submitted));
    }

    public Page<CandidateSummary> candidateSummaries(Caller caller, long roundId, int offset, int limit) {
        return candidates(
                caller,
                offset,
                limit,
                (city, enterprise, expert) -> panels.candidateSummaries(
                        roundId, city, enterprise, expert, AssessmentContexts.LISTED, offset, limit),
                summary -> summary,
                (summary, expert, panelId, expected, submitted) -> new CandidateSummary(
                        expert ? AssessmentContexts.redacted(summary) : summary, panelId, expected, submitted));
    }

    /** A page of candidates, as applications or their summaries, in the caller's scope. */
    private interface CandidatePage<A> {
        Page<A> read(String cityCode, String creditCode, String expertId);
    }

    private static String panelKey(long participationId, String occupation) {
        return participationId + "\n" + occupation;
    }

    private interface CandidateOf<A, C> {
        C of(A application, boolean expert, long panelId, int sheetsExpected, long sheetsSubmitted);
    }

    private <A, C> Page<C> candidates(
            Caller caller,
            int offset,
            int limit,
            CandidatePage<A> pages,
            Function<A, ApplicationSummary> lineOf,
            CandidateOf<A, C> candidateOf) {
        Page<A> page;
        boolean expert = AssessmentContexts.isOnlyExpert(caller);
        if (expert) {
            page = pages.read(null, null, caller.expert());
        } else {
            TenantScope scope = TenantScope.forList(caller, null, "candidates");
            if (scope.nothing()) {
                return new Page<>(List.of(), 0, offset, limit);
            }
            page = pages.read(scope.city(), scope.enterprise(), null);
        }
        Map<Long, Long> submitted = sheets.submittedCounts(page.items().stream()
                .map(application -> lineOf.apply(application).id())
                .toList());
        // The page's panels and plans as counts only, one query each: reading each as a whole
        // (members, lock, plan) was a fifth of an assessments page's time.
        Set<Long> participations = page.items().stream()
                .map(application -> lineOf.apply(application).participationId())
                .collect(Collectors.toSet());
        Map<String, PanelSize> panelOf = new HashMap<>();
        for (PanelSize panel : panels.sizes(participations)) {
            panelOf.put(panelKey(panel.participationId(), panel.occupation()), panel);
        }
        Map<Long, Integer> methodCounts = plans.methodCounts(participations);
        List<C> candidates = new ArrayList<>();
        for (A application : page.items()) {
            ApplicationSummary line = lineOf.apply(application);
            PanelSize panel = panelOf.get(panelKey(line.participationId(), AssessmentContexts.occupation(line)));
            if (panel == null) {
                continue; // removed between the two reads; it is no candidate any more
            }
            candidates.add(candidateOf.of(
                    application,
                    expert,
                    panel.panelId(),
                    panel.members() * methodCounts.getOrDefault(line.participationId(), 0),
                    submitted.getOrDefault(line.id(), 0L)));
        }
        return page.withItems(candidates);
    }

    public AssessmentView view(Caller caller, long applicationId) {
        AssessmentContexts.Context context = contexts.visible(caller, applicationId);
        boolean expert = !TenantScope.covers(
                caller, context.application().cityCode(), context.application().creditCode());
        List<ScoreSheetRecord> all = sheets.ofApplication(applicationId);
        List<AssessmentView.MethodSheets> methods = new ArrayList<>();
        for (PluginChoice choice : context.plan().methods()) {
            List<ScoreSheetRecord> shown = all.stream()
                    .filter(s -> s.methodId().equals(choice.pluginId()))
                    .filter(s -> !expert || s.expertId().equals(caller.expert()))
                    .toList();
            LocalizedText name = null;
            ScoreSheetSchema schema = null;
            LocalizedText problem = null;
            try {
                PinnedPlugin<AssessmentMethod> method = plugins.method(choice);
                name = plugins.call(method, "methods." + choice.pluginId(), () -> method.plugin()
                        .name());
                schema = plugins.call(method, "methods." + choice.pluginId(), () -> method.plugin()
                        .scoreSheet(method.parameters()));
            } catch (RuleViolationException unavailable) {
                problem = LocalizedText.of(unavailable.messageZh(), unavailable.messageEn());
            }
            methods.add(new AssessmentView.MethodSheets(
                    choice.pluginId(), choice.pinnedVersion(), name, schema, problem, shown));
        }
        AssessmentResultRecord result = results.findByApplication(applicationId)
                .map(r -> expert ? AssessmentContexts.ownInputsOnly(r, caller.expert()) : r)
                .orElse(null);
        ApplicationRecord application =
                expert ? AssessmentContexts.redacted(context.application()) : context.application();
        List<PanelMember> judged = expert
                ? context.panel().member(caller.expert()).stream().toList()
                : context.panel().members();
        List<PanelConflict> conflicts =
                checks.conflicts(context.panel().cityCode(), judged, List.of(context.application()));
        List<AssessmentView.FlaggedSheet> divergences = all.stream()
                .filter(s -> s.divergence() != null
                        && context.panel().member(s.expertId()).isPresent())
                .map(s -> new AssessmentView.FlaggedSheet(
                        s.methodId(),
                        s.expertId(),
                        s.version(),
                        !expert || s.expertId().equals(caller.expert())
                                ? s.divergence()
                                : s.divergence().withoutPoints()))
                .toList();
        return new AssessmentView(application, context.panel(), methods, result, conflicts, divergences);
    }
}
