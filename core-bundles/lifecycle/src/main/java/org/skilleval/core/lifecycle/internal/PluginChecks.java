package org.skilleval.core.lifecycle.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.Version;
import org.skilleval.core.domain.CityExtensionRecord;
import org.skilleval.core.domain.PluginChoice;
import org.skilleval.core.domain.WorkPlanRecord;
import org.skilleval.core.persistence.CityExtensionStore;
import org.skilleval.core.pluginhost.PinnedPlugin;
import org.skilleval.core.pluginhost.PluginCalls;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.skilleval.core.rules.City;
import org.skilleval.plugin.api.AssessmentMethod;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.ScoringScheme;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a work plan's content against the plugins installed now: every method and the scheme
 * must be installed, and each must accept the plan's configuration of it. Plugin code may throw
 * anything; that is reported on the plugin's field, never passed on. A city extension may be chosen
 * only by an enterprise of a city it declares, once that city's agency has enabled it.
 */
final class PluginChecks {

    private static final Logger LOG = LoggerFactory.getLogger(PluginChecks.class);

    static final int MAX_OCCUPATIONS = 50;
    static final int MAX_OCCUPATION_LENGTH = 100;

    private final PluginRegistry registry;
    private final CityExtensionStore extensions;
    private final PluginCalls calls;

    PluginChecks(PluginRegistry registry, CityExtensionStore extensions, PluginCalls calls) {
        this.registry = registry;
        this.extensions = extensions;
        this.calls = calls;
    }

    /**
     * Checks the content against the highest active version of each plugin.
     *
     * @param cityCode the city of the plan's enterprise, for the city extensions it may use
     * @param creditCode the plan's enterprise, for the enterprise plugins it may use (its own)
     * @throws InvalidInputException listing every problem found
     */
    void requireValid(WorkPlanRecord.Content content, String cityCode, String creditCode) {
        List<Violation> violations = new ArrayList<>();
        checkOccupations(content.occupations(), violations);
        if (content.methods().isEmpty()) {
            violations.add(violation("methods", "required", "工作方案至少选择一种评审方式", "choose at least one assessment method"));
        }
        Set<String> methodIds = new LinkedHashSet<>();
        for (int i = 0; i < content.methods().size(); i++) {
            PluginChoice choice = content.methods().get(i);
            String field = "methods[" + i + "]";
            if (!methodIds.add(choice.pluginId())) {
                violations.add(violation(
                        field + ".pluginId",
                        "duplicate",
                        "评审方式 " + choice.pluginId() + " 重复",
                        "assessment method " + choice.pluginId() + " is chosen twice"));
                continue;
            }
            Optional<Violation> notEnabled = extensionNotEnabled(
                    field + ".pluginId",
                    PluginKind.ASSESSMENT_METHOD,
                    choice.pluginId(),
                    cityCode,
                    creditCode,
                    "评审方式",
                    "assessment method");
            if (notEnabled.isPresent()) {
                violations.add(notEnabled.get());
                continue;
            }
            checkMethod(
                    field,
                    choice,
                    registry.method(choice.pluginId()),
                    highestActive(PluginKind.ASSESSMENT_METHOD, choice.pluginId()),
                    violations);
        }
        PluginChoice scheme = content.scheme();
        if (scheme == null) {
            violations.add(violation("scheme", "required", "请选择评分办法", "choose a scoring scheme"));
        } else {
            Optional<Violation> notEnabled = extensionNotEnabled(
                    "scheme.pluginId",
                    PluginKind.SCORING_SCHEME,
                    scheme.pluginId(),
                    cityCode,
                    creditCode,
                    "评分办法",
                    "scoring scheme");
            if (notEnabled.isPresent()) {
                violations.add(notEnabled.get());
            } else {
                checkScheme(
                        scheme,
                        registry.scheme(scheme.pluginId()),
                        highestActive(PluginKind.SCORING_SCHEME, scheme.pluginId()),
                        methodIds,
                        violations);
            }
        }
        InvalidInputException.throwIfAny(violations);
    }

    /**
     * Checks that the plugin {@code pluginId} of an approved plan, at the version the content pins,
     * is active and accepts the plan's configuration of it: what a migration to that version needs.
     *
     * @throws InvalidInputException listing every problem found
     */
    void requireValidPinned(WorkPlanRecord.Content content, String pluginId) {
        List<Violation> violations = new ArrayList<>();
        Set<String> methodIds = new LinkedHashSet<>();
        content.methods().forEach(m -> methodIds.add(m.pluginId()));
        for (int i = 0; i < content.methods().size(); i++) {
            PluginChoice choice = content.methods().get(i);
            if (choice.pluginId().equals(pluginId)) {
                checkMethod(
                        "methods[" + i + "]",
                        choice,
                        registry.method(pluginId, choice.pinnedVersion()),
                        registry.describe(PluginKind.ASSESSMENT_METHOD, pluginId, choice.pinnedVersion()),
                        violations);
            }
        }
        PluginChoice scheme = content.scheme();
        if (scheme != null && scheme.pluginId().equals(pluginId)) {
            checkScheme(
                    scheme,
                    registry.scheme(pluginId, scheme.pinnedVersion()),
                    registry.describe(PluginKind.SCORING_SCHEME, pluginId, scheme.pinnedVersion()),
                    methodIds,
                    violations);
        }
        InvalidInputException.throwIfAny(violations);
    }

    private void checkMethod(
            String field,
            PluginChoice choice,
            Optional<AssessmentMethod> method,
            Optional<PluginDescriptor> descriptor,
            List<Violation> violations) {
        if (method.isEmpty() || descriptor.isEmpty()) {
            violations.add(notInstalled(field + ".pluginId", choice.pluginId(), "评审方式", "assessment method"));
            return;
        }
        violations.addAll(
                calls.configurationProblems(field, new PinnedPlugin<>(method.get(), descriptor.get(), choice)));
    }

    private void checkScheme(
            PluginChoice scheme,
            Optional<ScoringScheme> installed,
            Optional<PluginDescriptor> descriptor,
            Set<String> methodIds,
            List<Violation> violations) {
        if (installed.isEmpty() || descriptor.isEmpty()) {
            violations.add(notInstalled("scheme.pluginId", scheme.pluginId(), "评分办法", "scoring scheme"));
            return;
        }
        violations.addAll(calls.schemeConfigurationProblems(
                new PinnedPlugin<>(installed.get(), descriptor.get(), scheme), methodIds));
    }

    /** The content with every plugin pinned to the version active now (the highest, if several). */
    WorkPlanRecord.Content pinned(WorkPlanRecord.Content content) {
        List<Violation> violations = new ArrayList<>();
        List<PluginChoice> methods = new ArrayList<>();
        for (int i = 0; i < content.methods().size(); i++) {
            PluginChoice choice = content.methods().get(i);
            Optional<String> version = activeVersion(PluginKind.ASSESSMENT_METHOD, choice.pluginId());
            version.ifPresent(v -> methods.add(choice.pinnedTo(v)));
            if (version.isEmpty()) {
                violations.add(
                        notInstalled("methods[" + i + "].pluginId", choice.pluginId(), "评审方式", "assessment method"));
            }
        }
        Optional<String> schemeVersion =
                activeVersion(PluginKind.SCORING_SCHEME, content.scheme().pluginId());
        if (schemeVersion.isEmpty()) {
            violations.add(notInstalled("scheme.pluginId", content.scheme().pluginId(), "评分办法", "scoring scheme"));
        }
        InvalidInputException.throwIfAny(violations);
        return content.withPlugins(methods, content.scheme().pinnedTo(schemeVersion.orElseThrow()));
    }

    private Optional<String> activeVersion(PluginKind kind, String id) {
        return highestActive(kind, id).map(PluginDescriptor::bundleVersion);
    }

    /** The descriptor of the version {@link PluginRegistry#method(String)} and its like answer with. */
    private Optional<PluginDescriptor> highestActive(PluginKind kind, String id) {
        return activeDescriptor(registry, kind, id);
    }

    /** The descriptor of the version the registry uses for this id now: the highest active one. */
    static Optional<PluginDescriptor> activeDescriptor(PluginRegistry registry, PluginKind kind, String id) {
        return registry.plugins().stream()
                .filter(p -> p.kind() == kind && p.id().equals(id) && p.state() == PluginState.ACTIVE)
                .max(Comparator.comparing(p -> Version.parseVersion(p.bundleVersion())));
    }

    /**
     * Refuses another enterprise's plugin, and a city extension to an enterprise of a city it does
     * not declare, or whose agency has not enabled it. The version the plan would run on (the
     * highest active) decides which enterprise owns the plugin and which cities it declares.
     */
    private Optional<Violation> extensionNotEnabled(
            String field,
            PluginKind kind,
            String id,
            String cityCode,
            String creditCode,
            String zhKind,
            String enKind) {
        Optional<PluginDescriptor> descriptor = activeDescriptor(registry, kind, id);
        if (descriptor.isEmpty()) {
            return Optional.empty();
        }
        String zhName = descriptor.get().name().zh();
        String enName = descriptor.get().name().en();
        if (descriptor.get().isEnterprisePlugin()
                && !descriptor.get().enterprise().equals(creditCode)) {
            return Optional.of(violation(
                    field,
                    "enterprise-plugin",
                    zhKind + " " + id + "（" + zhName + "）是其他企业的自有插件，本企业不能选用",
                    "the " + enKind + " " + id + " (" + enName + ") belongs to another enterprise; yours cannot"
                            + " choose it"));
        }
        if (!descriptor.get().isCityExtension()) {
            return Optional.empty();
        }
        String zhCity = cityZh(cityCode);
        String enCity = cityEn(cityCode);
        if (!descriptor.get().declares(cityCode)) {
            String zhCities = String.join(
                    "、",
                    descriptor.get().cities().stream().map(PluginChecks::cityZh).toList());
            String enCities = String.join(
                    ", ",
                    descriptor.get().cities().stream().map(PluginChecks::cityEn).toList());
            return Optional.of(violation(
                    field,
                    "extension-not-enabled",
                    zhKind + " " + id + "（" + zhName + "）是" + zhCities + "的城市扩展，" + zhCity + "的企业不能选用",
                    "the " + enKind + " " + id + " (" + enName + ") is a city extension of " + enCities
                            + "; enterprises of " + enCity + " cannot choose it"));
        }
        boolean enabled =
                extensions.find(cityCode, id).map(CityExtensionRecord::enabled).orElse(false);
        if (!enabled) {
            return Optional.of(violation(
                    field,
                    "extension-not-enabled",
                    zhCity + "职业技能鉴定机构尚未启用城市扩展" + zhKind + " " + id + "（" + zhName + "），本市企业暂不能选用",
                    enCity + "'s skills evaluation agency has not enabled the city extension " + id + " (" + enName
                            + "); enterprises of " + enCity + " cannot choose it"));
        }
        return Optional.empty();
    }

    static String cityZh(String cityCode) {
        try {
            return City.fromCode(cityCode).nameZh() + "市";
        } catch (RuntimeException unknown) {
            return cityCode;
        }
    }

    static String cityEn(String cityCode) {
        try {
            String name = City.fromCode(cityCode).name();
            return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
        } catch (RuntimeException unknown) {
            return cityCode;
        }
    }

    private static void checkOccupations(List<String> occupations, List<Violation> violations) {
        if (occupations.isEmpty()) {
            violations.add(violation("occupations", "required", "请填写评审职业（工种）", "name at least one occupation"));
        }
        if (occupations.size() > MAX_OCCUPATIONS) {
            violations.add(violation(
                    "occupations",
                    "size",
                    "评审职业（工种）最多 " + MAX_OCCUPATIONS + " 个",
                    "at most " + MAX_OCCUPATIONS + " occupations"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < occupations.size(); i++) {
            String occupation = occupations.get(i);
            String field = "occupations[" + i + "]";
            if (occupation == null || occupation.isBlank() || occupation.contains("\n")) {
                violations.add(violation(field, "required", "职业（工种）名称不能为空或换行", "an occupation needs a one-line name"));
            } else if (occupation.length() > MAX_OCCUPATION_LENGTH) {
                violations.add(violation(field, "length", "职业（工种）名称过长", "the occupation's name is too long"));
            } else if (!seen.add(occupation.strip())) {
                violations.add(violation(
                        field,
                        "duplicate",
                        "职业（工种）" + occupation + " 重复",
                        "occupation " + occupation + " is listed twice"));
            }
        }
    }

    private static Violation notInstalled(String field, String id, String zhKind, String enKind) {
        return violation(
                field,
                "not-installed",
                zhKind + " " + id + " 未安装或不可用",
                "the " + enKind + " " + id + " is not installed or not available");
    }

    private static Violation prefixed(String prefix, Violation violation) {
        return new Violation(prefix + violation.field(), violation.rule(), violation.message());
    }

    private static Violation violation(String field, String rule, String zh, String en) {
        return new Violation(field, rule, LocalizedText.of(zh, en));
    }
}
