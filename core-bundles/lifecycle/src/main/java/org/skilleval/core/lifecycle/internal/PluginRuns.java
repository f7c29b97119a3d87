package org.skilleval.core.lifecycle.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.skilleval.core.domain.AssessmentResultRecord.MethodOutcome;
import org.skilleval.core.domain.AssessmentResultRecord.Provenance;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.core.domain.AssessmentResultRecord.Text;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.lifecycle.PluginFault;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.FinalResult;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.MethodResult;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheet;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a plan's plugins at the versions it pinned, guarded: a pinned version that is not running is
 * {@link PluginFault.Unavailable}; whatever plugin code throws, and any result it should not give,
 * is {@link PluginFault.Failed} naming the plugin and version. Also fingerprints configurations and
 * inputs for a result's provenance.
 */
final class PluginRuns {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRuns.class);

    /** A plugin looked up at its pinned version, with its descriptor and the plan's choice of it. */
    record Pinned<T>(T plugin, PluginDescriptor descriptor, PluginChoice choice, PluginExecutor executor) {

        Parameters parameters() {
            return Parameters.of(choice.configuration());
        }
    }

    /** What the plugins computed for one candidate. */
    record Computation(
            BigDecimal total,
            boolean passed,
            List<Text> reasons,
            List<MethodOutcome> methods,
            List<Provenance> provenance) {}

    private final PluginRegistry registry;
    private final PluginExecutor executor;

    PluginRuns(PluginRegistry registry, PluginExecutor executor) {
        this.registry = registry;
        this.executor = executor;
    }

    /** @throws PluginFault.Unavailable when the pinned version is not running */
    Pinned<AssessmentMethod> method(PluginChoice choice) {
        return registry.method(choice.pluginId(), choice.pinnedVersion())
                .flatMap(method -> registry.describe(
                                PluginKind.ASSESSMENT_METHOD, choice.pluginId(), choice.pinnedVersion())
                        .map(descriptor -> new Pinned<>(method, descriptor, choice, executor)))
                .orElseThrow(() -> unavailable("评审方式", "assessment method", choice));
    }

    /** @throws PluginFault.Unavailable when the pinned version is not running */
    Pinned<ScoringScheme> scheme(PluginChoice choice) {
        return registry.scheme(choice.pluginId(), choice.pinnedVersion())
                .flatMap(scheme -> registry.describe(
                                PluginKind.SCORING_SCHEME, choice.pluginId(), choice.pinnedVersion())
                        .map(descriptor -> new Pinned<>(scheme, descriptor, choice, executor)))
                .orElseThrow(() -> unavailable("评分办法", "scoring scheme", choice));
    }

    /**
     * Calls plugin code on the plugin version's own threads ({@link PluginExecutor}), waiting at
     * most the configured timeout; anything it throws becomes rule {@code plugin-failed}. A
     * plugin's own {@link InvalidInputException} keeps its violations in the message.
     *
     * @throws PluginFault {@link PluginFault.Failed}, or the executor's timeout, busy or stuck
     */
    static <T> T guarded(Pinned<?> pinned, String field, Supplier<T> call) {
        try {
            return guardedRefusing(pinned, field, call);
        } catch (InvalidInputException invalid) {
            throw failed(
                    pinned,
                    field,
                    invalid.violations().stream().map(v -> v.message().zh()).collect(Collectors.joining("；")),
                    invalid.violations().stream().map(v -> v.message().en()).collect(Collectors.joining("; ")));
        }
    }

    /**
     * Like {@link #guarded}, but the plugin's own {@link InvalidInputException} comes out as it is:
     * for a caller whose input the plugin judges (a trial run), where a refusal is an answer, not
     * the plugin's failure.
     *
     * @throws InvalidInputException what the plugin refused, with its violations
     * @throws PluginFault {@link PluginFault.Failed}, or the executor's timeout, busy or stuck
     */
    static <T> T guardedRefusing(Pinned<?> pinned, String field, Supplier<T> call) {
        T value;
        try {
            value = pinned.executor().call(pinned.descriptor(), field, call);
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

    static PluginFault failed(Pinned<?> pinned, String field, String zh, String en) {
        PluginDescriptor d = pinned.descriptor();
        return new PluginFault.Failed(
                field,
                "插件 " + d.id() + "（" + d.bundleSymbolicName() + " " + d.bundleVersion() + "）运行失败，未做任何更改：" + zh,
                "Plugin " + d.id() + " (" + d.bundleSymbolicName() + " " + d.bundleVersion()
                        + ") failed; nothing was changed: " + en);
    }

    /**
     * Runs every method on its sheets and the scheme on the methods' results.
     *
     * @param inputs the submitted sheets of every method
     */
    Computation compute(List<PluginChoice> methodChoices, PluginChoice schemeChoice, List<SheetInput> inputs) {
        // Look every plugin up before running any, so a missing one refuses before any work.
        List<Pinned<AssessmentMethod>> methods =
                methodChoices.stream().map(this::method).toList();
        Pinned<ScoringScheme> scheme = scheme(schemeChoice);

        List<MethodResult> results = new ArrayList<>();
        List<MethodOutcome> outcomes = new ArrayList<>();
        List<Provenance> provenance = new ArrayList<>();
        for (Pinned<AssessmentMethod> method : methods) {
            String methodId = method.choice().pluginId();
            List<ScoreSheet> sheets = inputs.stream()
                    .filter(input -> input.methodId().equals(methodId))
                    .map(input -> new ScoreSheet(input.expertId(), input.points(), input.comment()))
                    .toList();
            // one call into the plugin: its result and the parameters (with defaults) it ran with
            Ran<MethodResult> ran = guarded(method, "methods." + methodId, () -> {
                Parameters parameters = method.parameters();
                return Ran.of(
                        method.plugin().evaluate(sheets, parameters),
                        method.plugin()::parameters,
                        () -> Scale.of(method.plugin(), parameters));
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
        Ran<FinalResult> ranScheme = guarded(scheme, "scheme", () -> {
            Parameters parameters = scheme.parameters();
            return Ran.of(
                    scheme.plugin().combine(List.copyOf(results), parameters),
                    scheme.plugin()::parameters,
                    () -> new Scale(scheme.plugin().maxTotal(parameters), Map.of()));
        });
        FinalResult combined = ranScheme.result();
        requireInRange(scheme, combined, ranScheme.scale());
        provenance.add(provenance(scheme, ranScheme.parameters()));
        return new Computation(combined.total(), combined.passed(), texts(combined.reasons()), outcomes, provenance);
    }

    /**
     * Checks a method's result again in the core: the API's records check themselves when built,
     * but the core does not rely on plugin code having built them honestly.
     */
    static void requireInRange(Pinned<?> method, String field, MethodResult result, Scale declared) {
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

    private static void requireDeclared(Pinned<?> plugin, String field, Scale declared) {
        if (declared.max() == null || declared.max().signum() <= 0 || declared.itemMax() == null) {
            throw failed(
                    plugin,
                    field,
                    "未声明为正数的满分（声明为 " + plain(declared.max()) + "）",
                    "it declares no positive maximum (it declares " + plain(declared.max()) + ")");
        }
    }

    /** Checks the scheme's verdict again in the core, like {@link #requireInRange(Pinned, String, MethodResult, Scale)}. */
    static void requireInRange(Pinned<?> scheme, FinalResult result, Scale declared) {
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

    private static Provenance provenance(Pinned<?> pinned, List<ParameterSpec> specs) {
        PluginDescriptor d = pinned.descriptor();
        Map<String, String> effective = effectiveConfiguration(pinned.choice().configuration(), specs);
        return new Provenance(
                d.kind().name(),
                d.id(),
                d.bundleSymbolicName(),
                d.bundleVersion(),
                effective,
                configurationSha256(effective));
    }

    /**
     * The configuration the plugin actually ran with: the plan's values plus the plugin's current
     * default for every parameter the plan leaves unset. An operator can change those defaults in
     * {@code etc/}; recording them makes such a change visible to {@code recompute}.
     */
    static Map<String, String> effectiveConfiguration(Map<String, String> planned, List<ParameterSpec> specs) {
        Map<String, String> effective = new TreeMap<>(planned);
        if (specs != null) {
            for (ParameterSpec spec : specs) {
                if (spec != null && spec.defaultValue() != null && !spec.key().contains("*")) {
                    effective.putIfAbsent(spec.key(), spec.defaultValue());
                }
            }
        }
        return effective;
    }

    /**
     * The scale a plugin declares for its results under a configuration: the most a score or total
     * can be and, for a method, the most each item of its score sheet can be; {@code null} parts
     * where the plugin declared nothing.
     */
    record Scale(BigDecimal max, Map<String, BigDecimal> itemMax) {

        static Scale of(AssessmentMethod method, Parameters parameters) {
            ScoreSheetSchema sheet = method.scoreSheet(parameters);
            Map<String, BigDecimal> itemMax = null;
            if (sheet != null) {
                itemMax = new HashMap<>();
                for (ScoreItem item : sheet.items()) {
                    itemMax.put(item.id(), item.maxPoints());
                }
            }
            return new Scale(method.maxScore(parameters), itemMax);
        }
    }

    /** What one call into a plugin returned: its result, the parameters and the scale it declares. */
    private record Ran<T>(T result, List<ParameterSpec> parameters, Scale scale) {

        /** {@code null} for no result, so that {@link #guarded} reports it as such. */
        static <T> Ran<T> of(T result, Supplier<List<ParameterSpec>> parameters, Supplier<Scale> scale) {
            return result == null ? null : new Ran<>(result, parameters.get(), scale.get());
        }
    }

    private static List<Text> texts(List<LocalizedText> reasons) {
        return reasons.stream().map(r -> new Text(r.zh(), r.en())).toList();
    }

    /** SHA-256 (hex) of the configuration as sorted {@code key=value} lines. */
    static String configurationSha256(Map<String, String> configuration) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(configuration).forEach((key, value) -> text.append(escape(key))
                .append('=')
                .append(escape(value))
                .append('\n'));
        return sha256(text.toString());
    }

    /**
     * SHA-256 (hex) of the sheets as canonical lines ordered by method and expert: {@code
     * method<TAB>expert<TAB>item=points,…<TAB>comment}, points without trailing zeros.
     */
    static String inputsSha256(List<SheetInput> inputs) {
        StringBuilder text = new StringBuilder();
        inputs.stream()
                .sorted(Comparator.comparing(SheetInput::methodId).thenComparing(SheetInput::expertId))
                .forEach(input -> text.append(escape(input.methodId()))
                        .append('\t')
                        .append(escape(input.expertId()))
                        .append('\t')
                        .append(new TreeMap<>(input.points())
                                .entrySet().stream()
                                        .map(e -> escape(e.getKey()) + "=" + plain(e.getValue()))
                                        .collect(Collectors.joining(",")))
                        .append('\t')
                        .append(escape(input.comment()))
                        .append('\n'));
        return sha256(text.toString());
    }

    static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("=", "\\=")
                .replace(",", "\\,");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
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
