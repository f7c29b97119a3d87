package org.skilleval.core.pluginhost.internal;

import static org.skilleval.core.pluginhost.PluginFingerprints.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.skilleval.core.domain.AssessmentResultRecord.MethodOutcome;
import org.skilleval.core.domain.AssessmentResultRecord.Provenance;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.AssessmentResultRecord.Text;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.pluginhost.PinnedPlugin;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.pluginhost.PluginComputation;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginFault;
import org.skilleval.core.pluginhost.PluginFingerprints;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.ResultScale;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs plugins at the versions a plan pinned, guarded: a pinned version that is not running is
 * {@link PluginFault.Unavailable}; whatever plugin code throws, and any result it should not give,
 * is {@link PluginFault.Failed} naming the plugin and version. The calls themselves run on the
 * {@link PluginExecutor}.
 */
@Component(service = PluginCalls.class)
public class GuardedPluginCalls implements PluginCalls {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedPluginCalls.class);

    private final PluginRegistry registry;
    private final PluginExecutor executor;

    @Activate
    public GuardedPluginCalls(@Reference PluginRegistry registry, @Reference PluginExecutor executor) {
        this.registry = registry;
        this.executor = executor;
    }

    @Override
    public PinnedPlugin<AssessmentMethod> method(PluginChoice choice) {
        return registry.method(choice.pluginId(), choice.pinnedVersion())
                .flatMap(method -> registry.describe(
                                PluginKind.ASSESSMENT_METHOD, choice.pluginId(), choice.pinnedVersion())
                        .map(descriptor -> new PinnedPlugin<>(method, descriptor, choice)))
                .orElseThrow(() -> unavailable("评审方式", "assessment method", choice));
    }

    @Override
    public PinnedPlugin<ScoringScheme> scheme(PluginChoice choice) {
        return registry.scheme(choice.pluginId(), choice.pinnedVersion())
                .flatMap(scheme -> registry.describe(
                                PluginKind.SCORING_SCHEME, choice.pluginId(), choice.pinnedVersion())
                        .map(descriptor -> new PinnedPlugin<>(scheme, descriptor, choice)))
                .orElseThrow(() -> unavailable("评分办法", "scoring scheme", choice));
    }

    @Override
    public <T> T call(PinnedPlugin<?> pinned, String field, Supplier<T> call) {
        try {
            return callRefusing(pinned, field, call);
        } catch (InvalidInputException invalid) {
            throw failed(
                    pinned,
                    field,
                    invalid.violations().stream().map(v -> v.message().zh()).collect(Collectors.joining("；")),
                    invalid.violations().stream().map(v -> v.message().en()).collect(Collectors.joining("; ")));
        }
    }

    @Override
    public <T> T callRefusing(PinnedPlugin<?> pinned, String field, Supplier<T> call) {
        T value;
        try {
            value = executor.call(pinned.descriptor(), field, call);
        } catch (PluginExecutor.PluginThrew thrown) {
            if (thrown.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            LOG.warn(
                    "Plugin {} {} failed",
                    pinned.descriptor().id(),
                    pinned.descriptor().bundleVersion(),
                    thrown.getCause());
            throw failed(pinned, field, thrown.getMessage(), thrown.getMessage());
        }
        if (value == null) {
            throw failed(pinned, field, "返回了空结果", "it returned nothing");
        }
        return value;
    }

    static PluginFault failed(PinnedPlugin<?> pinned, String field, String zh, String en) {
        PluginDescriptor d = pinned.descriptor();
        return new PluginFault.Failed(
                field,
                "插件 " + d.id() + "（" + d.bundleSymbolicName() + " " + d.bundleVersion() + "）运行失败，未做任何更改：" + zh,
                "Plugin " + d.id() + " (" + d.bundleSymbolicName() + " " + d.bundleVersion()
                        + ") failed; nothing was changed: " + en);
    }

    @Override
    public PluginComputation compute(
            List<PluginChoice> methodChoices, PluginChoice schemeChoice, List<SheetInput> inputs) {
        // Look every plugin up before running any, so a missing one refuses before any work.
        List<PinnedPlugin<AssessmentMethod>> methods =
                methodChoices.stream().map(this::method).toList();
        PinnedPlugin<ScoringScheme> scheme = scheme(schemeChoice);

        List<MethodResult> results = new ArrayList<>();
        List<MethodOutcome> outcomes = new ArrayList<>();
        List<Provenance> provenance = new ArrayList<>();
        for (PinnedPlugin<AssessmentMethod> method : methods) {
            String methodId = method.choice().pluginId();
            List<ScoreSheet> sheets = inputs.stream()
                    .filter(input -> input.methodId().equals(methodId))
                    .map(input -> new ScoreSheet(input.expertId(), input.points(), input.comment()))
                    .toList();
            // one call into the plugin: its result and the parameters (with defaults) it ran with
            Ran<MethodResult> ran = call(method, "methods." + methodId, () -> {
                Parameters parameters = method.parameters();
                return Ran.of(
                        method.plugin().evaluate(sheets, parameters),
                        method.plugin()::parameters,
                        () -> ResultScale.of(method.plugin(), parameters));
            });
            MethodResult result = ran.result();
            requireInRange(method, "methods." + methodId, result, ran.scale());
            results.add(result);
            outcomes.add(new MethodOutcome(
                    methodId,
                    result.score(),
                    result.maxScore(),
                    result.itemScores(),
                    result.vetoed(),
                    texts(result.reasons()),
                    result.expertTotals()));
            provenance.add(provenance(method, ran.parameters()));
        }
        Ran<FinalResult> ranScheme = call(scheme, "scheme", () -> {
            Parameters parameters = scheme.parameters();
            return Ran.of(
                    scheme.plugin().combine(List.copyOf(results), parameters),
                    scheme.plugin()::parameters,
                    () -> new ResultScale(scheme.plugin().maxTotal(parameters), Map.of()));
        });
        FinalResult combined = ranScheme.result();
        requireInRange(scheme, combined, ranScheme.scale());
        provenance.add(provenance(scheme, ranScheme.parameters()));
        return new PluginComputation(
                combined.total(), combined.passed(), texts(combined.reasons()), outcomes, provenance);
    }

    @Override
    public void requireInRange(PinnedPlugin<?> method, String field, MethodResult result, ResultScale declared) {
        String methodId = method.choice().pluginId();
        if (!methodId.equals(result.methodId())) {
            throw failed(
                    method, field, "结果属于评审方式 " + result.methodId(), "its result is for method " + result.methodId());
        }
        requireDeclared(method, field, declared);
        BigDecimal max = result.maxScore();
        BigDecimal score = result.score();
        if (max == null || max.signum() <= 0) {
            throw failed(method, field, "满分 " + plain(max) + " 不是正数", "its maximum " + plain(max) + " is not positive");
        }
        if (max.compareTo(declared.max()) != 0) {
            throw failed(
                    method,
                    field,
                    "结果的满分 " + plain(max) + " 不是其声明的满分 " + plain(declared.max()),
                    "its result's maximum " + plain(max) + " is not its declared maximum " + plain(declared.max()));
        }
        if (score == null || score.signum() < 0 || score.compareTo(max) > 0) {
            throw failed(
                    method,
                    field,
                    "得分 " + plain(score) + " 不在 [0, " + plain(max) + "] 内",
                    "its score " + plain(score) + " lies outside [0, " + plain(max) + "]");
        }
        if (result.itemScores() == null || result.reasons() == null) {
            throw failed(method, field, "结果缺少评分项或理由", "its result lacks item scores or reasons");
        }
        for (Map.Entry<String, BigDecimal> item : result.itemScores().entrySet()) {
            BigDecimal itemMax = declared.itemMax().get(item.getKey());
            if (itemMax == null) {
                throw failed(
                        method,
                        field,
                        "评分项 " + item.getKey() + " 不在其评分表中",
                        "item " + item.getKey() + " is not on its score sheet");
            }
            BigDecimal value = item.getValue();
            if (value == null || value.signum() < 0 || value.compareTo(itemMax) > 0) {
                throw failed(
                        method,
                        field,
                        "评分项 " + item.getKey() + " 的得分 " + plain(value) + " 不在 [0, " + plain(itemMax) + "] 内",
                        "item " + item.getKey() + " has the score " + plain(value) + ", outside [0, " + plain(itemMax)
                                + "]");
            }
        }
        Map<String, BigDecimal> totals = result.expertTotals() == null ? Map.of() : result.expertTotals();
        for (Map.Entry<String, BigDecimal> total : totals.entrySet()) {
            BigDecimal value = total.getValue();
            if (value == null || value.signum() < 0 || value.compareTo(max) > 0) {
                throw failed(
                        method,
                        field,
                        "专家 " + total.getKey() + " 的总分 " + plain(value) + " 不在 [0, " + plain(max) + "] 内",
                        "the total of expert " + total.getKey() + ", " + plain(value) + ", lies outside [0, "
                                + plain(max) + "]");
            }
        }
    }

    private static void requireDeclared(PinnedPlugin<?> plugin, String field, ResultScale declared) {
        if (declared.max() == null || declared.max().signum() <= 0 || declared.itemMax() == null) {
            throw failed(
                    plugin,
                    field,
                    "未声明为正数的满分（声明为 " + plain(declared.max()) + "）",
                    "it declares no positive maximum (it declares " + plain(declared.max()) + ")");
        }
    }

    @Override
    public void requireInRange(PinnedPlugin<?> scheme, FinalResult result, ResultScale declared) {
        requireDeclared(scheme, "scheme", declared);
        BigDecimal total = result.total();
        if (total == null || total.signum() < 0 || total.compareTo(declared.max()) > 0) {
            throw failed(
                    scheme,
                    "scheme",
                    "总分 " + plain(total) + " 不在其声明的量程 [0, " + plain(declared.max()) + "] 内",
                    "its total " + plain(total) + " lies outside its declared scale [0, " + plain(declared.max())
                            + "]");
        }
        if (result.reasons() == null) {
            throw failed(scheme, "scheme", "结果缺少理由", "its result lacks reasons");
        }
    }

    private static Provenance provenance(PinnedPlugin<?> pinned, List<ParameterSpec> specs) {
        PluginDescriptor d = pinned.descriptor();
        Map<String, String> effective =
                PluginFingerprints.effectiveConfiguration(pinned.choice().configuration(), specs);
        return new Provenance(
                d.kind().name(),
                d.id(),
                d.bundleSymbolicName(),
                d.bundleVersion(),
                effective,
                PluginFingerprints.configurationSha256(effective));
    }

    /** What one call into a plugin returned: its result, the parameters and the scale it declares. */
    private record Ran<T>(T result, List<ParameterSpec> parameters, ResultScale scale) {

        /** {@code null} for no result, so that {@link #call} reports it as such. */
        static <T> Ran<T> of(T result, Supplier<List<ParameterSpec>> parameters, Supplier<ResultScale> scale) {
            return result == null ? null : new Ran<>(result, parameters.get(), scale.get());
        }
    }

    private static List<Text> texts(List<LocalizedText> reasons) {
        return reasons.stream().map(r -> new Text(r.zh(), r.en())).toList();
    }

    @Override
    public List<Violation> configurationProblems(String field, PinnedPlugin<AssessmentMethod> method) {
        try {
            executor.call(method.descriptor(), field, () -> method.plugin().scoreSheet(method.parameters()));
            return List.of();
        } catch (RuntimeException refused) {
            return problems(field, field + ".configuration.", method.choice().pluginId(), refused);
        }
    }

    @Override
    public List<Violation> schemeConfigurationProblems(PinnedPlugin<ScoringScheme> scheme, Set<String> methodIds) {
        String pluginId = scheme.choice().pluginId();
        try {
            List<Violation> found = executor.call(scheme.descriptor(), "scheme", () -> scheme.plugin()
                    .validateConfiguration(scheme.parameters(), Set.copyOf(methodIds)));
            if (found == null) {
                return List.of(new Violation(
                        "scheme",
                        "plugin-error",
                        LocalizedText.of(
                                "插件 " + pluginId + " 检查配置时返回了空结果",
                                "plugin " + pluginId + " returned nothing when checking its configuration")));
            }
            return found.stream().map(v -> prefixed("scheme.configuration.", v)).toList();
        } catch (RuntimeException refused) {
            return problems("scheme", "scheme.configuration.", pluginId, refused);
        }
    }

    /** What a failed configuration check means for the plan: its own violations, a timeout, or an error. */
    private static List<Violation> problems(String field, String prefix, String id, RuntimeException refused) {
        if (refused instanceof RuleViolationException rule) {
            return List.of(new Violation(field, rule.rule(), LocalizedText.of(rule.messageZh(), rule.messageEn())));
        }
        Throwable cause = refused instanceof PluginExecutor.PluginThrew ? refused.getCause() : refused;
        if (cause instanceof InvalidInputException invalid) {
            return invalid.violations().stream().map(v -> prefixed(prefix, v)).toList();
        }
        LOG.warn("Plugin {} failed while checking a work plan's configuration", id, cause);
        return List.of(new Violation(
                field,
                "plugin-error",
                LocalizedText.of(
                        "插件 " + id + " 检查配置时出错，详情见服务器日志",
                        "plugin " + id + " failed while checking its configuration; the server log has the details")));
    }

    private static Violation prefixed(String prefix, Violation violation) {
        return new Violation(prefix + violation.field(), violation.rule(), violation.message());
    }

    private static PluginFault unavailable(String zhKind, String enKind, PluginChoice choice) {
        return new PluginFault.Unavailable(
                "plugin",
                zhKind + " " + choice.pluginId() + " 的方案锁定版本 " + choice.pinnedVersion()
                        + " 当前未安装或不可用；已录入的评分均已保留，请联系运维人员安装该版本",
                "Version " + choice.pinnedVersion() + " of the " + enKind + " " + choice.pluginId()
                        + " pinned by the work plan is not installed or not available; every score entered"
                        + " is kept. Ask the operators to install that version");
    }
}
