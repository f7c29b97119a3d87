package org.skilleval.core.lifecycle.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AssessmentResultRecord;
import org.skilleval.core.domain.DivergenceFlag;
import org.skilleval.core.domain.ExpertRelation;
import org.skilleval.core.domain.Page;
import org.skilleval.core.domain.PanelRecord;
import org.skilleval.core.domain.ScoreSheetRecord;
import org.skilleval.core.lifecycle.AssessmentService;
import org.skilleval.core.lifecycle.AssessmentView;
import org.skilleval.core.lifecycle.Candidate;
import org.skilleval.core.lifecycle.CandidateSummary;
import org.skilleval.core.lifecycle.RecomputeOutcome;
import org.skilleval.core.persistence.ApplicationStore;
import org.skilleval.core.persistence.AssessmentResultStore;
import org.skilleval.core.persistence.PanelStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.RoundStore;
import org.skilleval.core.persistence.ScoreSheetStore;
import org.skilleval.core.persistence.WorkPlanStore;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.security.Caller;

/**
 * The assessment service as the REST layer and the documents see it, made of four parts each
 * readable in one sitting: {@link AssessmentViews} (what is shown), {@link AssessmentSheets} (the
 * experts' sheets), {@link AssessmentEvaluation} (results and the pass/fail transition) and
 * {@link AssessmentRecompute} (the province's check), all on {@link AssessmentContexts} (tenancy,
 * context, redaction).
 */
@Component(service = AssessmentService.class)
public class AssessmentServiceImpl implements AssessmentService {

    private final AssessmentViews views;
    private final AssessmentSheets sheets;
    private final AssessmentEvaluation evaluation;
    private final AssessmentRecompute recompute;

    @Activate
    public AssessmentServiceImpl(
            @Reference AssessmentViews views,
            @Reference AssessmentSheets sheets,
            @Reference AssessmentEvaluation evaluation,
            @Reference AssessmentRecompute recompute) {
        this.views = views;
        this.sheets = sheets;
        this.evaluation = evaluation;
        this.recompute = recompute;
    }

    /** The four parts over the same stores and plugins, as the container would wire them. */
    AssessmentServiceImpl(
            RoundStore rounds,
            ParticipationStore participations,
            WorkPlanStore plans,
            ApplicationStore applications,
            PanelStore panels,
            ScoreSheetStore sheetStore,
            AssessmentResultStore results,
            PluginCalls plugins,
            PanelChecks checks,
            Clock clock) {
        this(
                new AssessmentContexts(rounds, participations, plans, applications, panels, clock),
                sheetStore,
                applications,
                plans,
                panels,
                results,
                plugins,
                checks,
                clock);
    }

    private AssessmentServiceImpl(
            AssessmentContexts contexts,
            ScoreSheetStore sheetStore,
            ApplicationStore applications,
            WorkPlanStore plans,
            PanelStore panels,
            AssessmentResultStore results,
            PluginCalls plugins,
            PanelChecks checks,
            Clock clock) {
        this(
                new AssessmentViews(contexts, plans, panels, sheetStore, results, plugins, checks),
                new AssessmentSheets(contexts, sheetStore, panels, plugins, checks, clock),
                new AssessmentEvaluation(contexts, applications, sheetStore, results, plugins, checks, clock),
                new AssessmentRecompute(results, plugins, clock));
    }

    @Override
    public Page<Candidate> candidates(Caller caller, long roundId, int offset, int limit) {
        return views.candidates(caller, roundId, offset, limit);
    }

    @Override
    public Page<CandidateSummary> candidateSummaries(Caller caller, long roundId, int offset, int limit) {
        return views.candidateSummaries(caller, roundId, offset, limit);
    }

    @Override
    public AssessmentView view(Caller caller, long applicationId) {
        return views.view(caller, applicationId);
    }

    @Override
    public ScoreSheetRecord saveDraft(
            Caller caller,
            long applicationId,
            String methodId,
            Long version,
            Map<String, BigDecimal> points,
            String comment) {
        return sheets.saveDraft(caller, applicationId, methodId, version, points, comment);
    }

    @Override
    public PanelRecord declareRelation(Caller caller, long applicationId, ExpertRelation.Kind relation, String note) {
        return sheets.declareRelation(caller, applicationId, relation, note);
    }

    @Override
    public ScoreSheetRecord submit(Caller caller, long applicationId, String methodId, long version) {
        return sheets.submit(caller, applicationId, methodId, version);
    }

    @Override
    public ScoreSheetRecord decideDivergence(
            Caller caller,
            long applicationId,
            String methodId,
            String expertId,
            long version,
            DivergenceFlag.Outcome outcome,
            String note) {
        return sheets.decideDivergence(caller, applicationId, methodId, expertId, version, outcome, note);
    }

    @Override
    public ScoreSheetRecord unlock(
            Caller caller, long applicationId, String methodId, String expertId, long version, String reason) {
        return sheets.unlock(caller, applicationId, methodId, expertId, version, reason);
    }

    @Override
    public AssessmentResultRecord evaluate(Caller caller, long applicationId) {
        return evaluation.evaluate(caller, applicationId);
    }

    @Override
    public AssessmentResultRecord result(Caller caller, long applicationId) {
        return evaluation.result(caller, applicationId);
    }

    @Override
    public RecomputeOutcome recompute(Caller caller, long applicationId) {
        return recompute.recompute(caller, applicationId);
    }
}
