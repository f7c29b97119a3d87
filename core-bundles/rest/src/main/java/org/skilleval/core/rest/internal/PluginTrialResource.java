package org.skilleval.core.rest.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.lifecycle.PluginTrialService;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ScoreSheet;

/**
 * Trial runs (试运行) of a plugin: a configuration and sample input in, the plugin's result, each
 * expert's total and every violation out, with nothing written. The body decides the kind: score
 * sheets try an assessment method, method results try a scoring scheme. Violations of the plugin's
 * rules are part of the answer (200); a body that cannot be run at all is a 400 problem.
 */
@Component(service = ApiResource.class)
@Path("plugins/{id}/trial")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"province", "city", "enterprise", "plugin_developer"})
public class PluginTrialResource implements ApiResource {

    /** The most sample sheets or method results one trial takes. */
    static final int MAX_SAMPLES = 50;

    /** One expert's filled score sheet, as a panel member would submit it. */
    record SampleSheet(String expertId, Map<String, BigDecimal> points, String comment) {}

    /** One assessment method's result, as a scheme is given it in a round. */
    record SampleResult(
            String methodId,
            BigDecimal score,
            BigDecimal maxScore,
            Map<String, BigDecimal> itemScores,
            Boolean vetoed,
            Map<String, BigDecimal> expertTotals) {}

    /**
     * @param version the plugin bundle version to run; the newest active when absent
     * @param configuration the work plan's configuration of the plugin; absent keys take its defaults
     * @param sheets sample score sheets, to try an assessment method
     * @param results sample method results, to try a scoring scheme
     */
    record TrialRequest(
            String version, Map<String, String> configuration, List<SampleSheet> sheets, List<SampleResult> results) {}

    record MethodOutcome(
            BigDecimal score,
            BigDecimal maxScore,
            Map<String, BigDecimal> itemScores,
            boolean vetoed,
            List<LocalizedMessage> reasons) {

        static MethodOutcome of(MethodResult r) {
            return r == null
                    ? null
                    : new MethodOutcome(r.score(), r.maxScore(), r.itemScores(), r.vetoed(), messages(r.reasons()));
        }
    }

    record SchemeOutcome(BigDecimal total, BigDecimal maxTotal, boolean passed, List<LocalizedMessage> reasons) {

        static SchemeOutcome of(FinalResult r, BigDecimal maxTotal) {
            return r == null ? null : new SchemeOutcome(r.total(), maxTotal, r.passed(), messages(r.reasons()));
        }
    }

    /**
     * The answer of a trial run.
     *
     * @param valid whether the configuration and the sample input broke none of the plugin's rules
     * @param violations every rule broken, each with its field path and a Chinese and English message
     * @param methodResult an assessment method's result; {@code null} for a scheme or with violations
     * @param finalResult a scoring scheme's verdict; {@code null} for a method or with violations
     * @param expertTotals each expert's own total as the method computed it; empty for a scheme
     */
    record TrialOutcome(
            String pluginId,
            String kind,
            String bundleSymbolicName,
            String bundleVersion,
            Map<String, String> configuration,
            boolean valid,
            List<FieldError> violations,
            MethodOutcome methodResult,
            SchemeOutcome finalResult,
            Map<String, BigDecimal> expertTotals) {

        static TrialOutcome of(PluginTrialService.Trial trial) {
            PluginDescriptor plugin = trial.plugin();
            return new TrialOutcome(
                    plugin.id(),
                    plugin.kind().name(),
                    plugin.bundleSymbolicName(),
                    plugin.bundleVersion(),
                    trial.configuration(),
                    trial.violations().isEmpty(),
                    trial.violations().stream().map(FieldError::of).toList(),
                    MethodOutcome.of(trial.methodResult()),
                    SchemeOutcome.of(trial.finalResult(), trial.maxTotal()),
                    trial.expertTotals());
        }
    }

    private final PluginTrialService trials;

    @Activate
    public PluginTrialResource(@Reference PluginTrialService trials) {
        this.trials = trials;
    }

    /**
     * Runs the plugin on the sample input. 404 when the caller may not try such a plugin (another
     * enterprise's own plugin, another city's extension) or version; 422 {@code plugin-kind} when
     * the body is for the other kind of plugin.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TrialOutcome trial(@Context SecurityContext security, @PathParam("id") String id, TrialRequest request) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasSheets =
                request != null && request.sheets() != null && !request.sheets().isEmpty();
        boolean hasResults = request != null
                && request.results() != null
                && !request.results().isEmpty();
        if (hasSheets == hasResults) {
            errors.add(new FieldError(
                    hasSheets ? "results" : "sheets",
                    hasSheets ? "exclusive" : "required",
                    hasSheets
                            ? LocalizedMessage.of(
                                    "评分表与评审结果只能提交其一：试运行评审方式提交评分表，试运行评分办法提交评审结果",
                                    "Send either sheets (to try an assessment method) or results (to try a scoring"
                                            + " scheme), not both")
                            : LocalizedMessage.of(
                                    "请提交样例评分表（试运行评审方式）或样例评审结果（试运行评分办法）",
                                    "Send sample sheets (to try an assessment method) or sample results (to try a"
                                            + " scoring scheme)")));
        }
        Requests.throwIfAny(errors);
        Caller caller = Requests.caller(security);
        Map<String, String> configuration = configuration(request.configuration(), errors);
        if (hasSheets) {
            List<ScoreSheet> sheets = sheets(request.sheets(), errors);
            Requests.throwIfAny(errors);
            return TrialOutcome.of(trials.tryMethod(caller, id, request.version(), configuration, sheets));
        }
        List<MethodResult> results = results(request.results(), errors);
        Requests.throwIfAny(errors);
        return TrialOutcome.of(trials.tryScheme(caller, id, request.version(), configuration, results));
    }

    private static Map<String, String> configuration(Map<String, String> given, List<FieldError> errors) {
        Map<String, String> configuration = new HashMap<>();
        if (given != null) {
            given.forEach((key, value) -> {
                if (value == null) {
                    errors.add(required("configuration." + key));
                } else {
                    configuration.put(key, value);
                }
            });
        }
        return configuration;
    }

    private static List<ScoreSheet> sheets(List<SampleSheet> given, List<FieldError> errors) {
        tooMany("sheets", given.size(), errors);
        List<ScoreSheet> sheets = new ArrayList<>();
        for (int i = 0; i < given.size() && i < MAX_SAMPLES; i++) {
            SampleSheet sheet = given.get(i);
            String field = "sheets[" + i + "]";
            if (sheet == null || sheet.expertId() == null || sheet.expertId().isBlank()) {
                errors.add(required(field + ".expertId"));
                continue;
            }
            if (!points(field + ".points", sheet.points(), true, errors)) {
                continue;
            }
            sheets.add(new ScoreSheet(sheet.expertId().strip(), sheet.points(), sheet.comment()));
        }
        return sheets;
    }

    private static List<MethodResult> results(List<SampleResult> given, List<FieldError> errors) {
        tooMany("results", given.size(), errors);
        List<MethodResult> results = new ArrayList<>();
        for (int i = 0; i < given.size() && i < MAX_SAMPLES; i++) {
            SampleResult result = given.get(i);
            String field = "results[" + i + "]";
            if (result == null) {
                errors.add(required(field));
                continue;
            }
            int before = errors.size();
            if (result.methodId() == null || result.methodId().isBlank()) {
                errors.add(required(field + ".methodId"));
            }
            if (result.score() == null) {
                errors.add(required(field + ".score"));
            }
            if (result.maxScore() == null) {
                errors.add(required(field + ".maxScore"));
            }
            points(field + ".itemScores", result.itemScores(), false, errors);
            points(field + ".expertTotals", result.expertTotals(), false, errors);
            if (errors.size() > before) {
                continue;
            }
            try {
                results.add(new MethodResult(
                        result.methodId().strip(),
                        result.score(),
                        result.maxScore(),
                        result.itemScores() == null ? Map.of() : result.itemScores(),
                        Boolean.TRUE.equals(result.vetoed()),
                        List.of(),
                        result.expertTotals()));
            } catch (IllegalArgumentException outOfRange) {
                errors.add(new FieldError(
                        field,
                        "range",
                        LocalizedMessage.of(
                                "评审结果的满分须为正数，得分与各评委总分须在 0 到满分之间",
                                "A result's maxScore must be positive, and its score and expert totals must lie"
                                        + " between 0 and maxScore")));
            }
        }
        return results;
    }

    /** Whether the map of points is there (when required) and has a number for every key. */
    private static boolean points(
            String field, Map<String, BigDecimal> points, boolean required, List<FieldError> errors) {
        if (points == null) {
            if (required) {
                errors.add(required(field));
            }
            return !required;
        }
        boolean complete = true;
        for (Map.Entry<String, BigDecimal> entry : points.entrySet()) {
            if (entry.getValue() == null) {
                errors.add(required(field + "." + entry.getKey()));
                complete = false;
            }
        }
        return complete;
    }

    private static void tooMany(String field, int size, List<FieldError> errors) {
        if (size > MAX_SAMPLES) {
            errors.add(new FieldError(
                    field,
                    "size",
                    LocalizedMessage.of(
                            "一次试运行最多 " + MAX_SAMPLES + " 份，收到 " + size + " 份",
                            "A trial takes at most " + MAX_SAMPLES + ", got " + size)));
        }
    }

    private static FieldError required(String field) {
        return new FieldError(field, "required", LocalizedMessage.of("请填写 " + field, field + " is required"));
    }

    private static List<LocalizedMessage> messages(List<LocalizedText> texts) {
        return texts.stream().map(t -> LocalizedMessage.of(t.zh(), t.en())).toList();
    }
}
