package org.skilleval.plugin.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ParameterType;
import org.skilleval.plugin.api.dto.Violation;

/**
 * All parameters of a plugin, each declared once ({@link ParameterDeclaration}), and everything
 * derived from them: the published {@link ParameterSpec}s, the reading of a plan's configuration
 * with every violation reported, the Config Admin defaults, their OSGi metatype and the README
 * table. Immutable and thread-safe.
 *
 * <p>Why the metatype is a document and not a service: a plugin bundle may import only the plugin
 * API, {@code java.*} and the platform's allow-list, so it cannot register a {@code
 * MetaTypeProvider}. The metatype service reads {@code OSGI-INF/metatype/<pid>.xml} from the
 * bundle itself; {@link #metatype(String, LocalizedText)} writes that file's content, and the test
 * kit fails the plugin's build when the file in the sources differs from it.
 *
 * @since 1.3
 */
public final class ParameterDeclarations {

    private final List<ParameterDeclaration<?>> declarations;

    private ParameterDeclarations(List<ParameterDeclaration<?>> declarations) {
        this.declarations = List.copyOf(declarations);
        Set<String> keys = new HashSet<>();
        for (ParameterDeclaration<?> declaration : this.declarations) {
            if (!keys.add(declaration.key())) {
                throw new IllegalArgumentException("Parameter " + declaration.key() + " is declared twice");
            }
        }
    }

    /** The parameters in the order consoles and the README show them. */
    public static ParameterDeclarations of(ParameterDeclaration<?>... declarations) {
        return new ParameterDeclarations(List.of(declarations));
    }

    /** The declarations, in order. */
    public List<ParameterDeclaration<?>> all() {
        return declarations;
    }

    /** The built-in defaults: the values of a plan that sets nothing, without Config Admin. */
    public ParameterValues builtInDefaults() {
        Map<String, Object> values = new HashMap<>();
        for (ParameterDeclaration<?> declaration : declarations) {
            if (!declaration.isFamily()) {
                values.put(declaration.key(), declaration.defaultValue());
            }
        }
        return new ParameterValues(values);
    }

    /**
     * Reads a configuration, recording every rule it breaks, in declaration order. A parameter the
     * configuration leaves unset, or sets wrongly (recorded), takes its value from {@code
     * defaults}. Families ({@code weight.*}) and keys that are not declared are not read.
     *
     * @param defaults the defaults in force, e.g. {@link #builtInDefaults()}
     * @param violations receives the violations; the values are only meaningful when none
     */
    public ParameterValues read(Parameters configuration, ParameterValues defaults, List<Violation> violations) {
        return read(configuration, defaults, violations, false);
    }

    /**
     * Reads the defaults Config Admin configured ({@link #configuredDefaults}) by the plan rules;
     * parameters that are not {@link ParameterDeclaration#configurable()} keep their built-in
     * defaults, and a required one is not missing.
     */
    ParameterValues readDefaults(Parameters configured, List<Violation> violations) {
        return read(configured, builtInDefaults(), violations, true);
    }

    private ParameterValues read(
            Parameters configuration, ParameterValues defaults, List<Violation> violations, boolean configurableOnly) {
        Map<String, Object> values = new HashMap<>();
        for (ParameterDeclaration<?> declaration : declarations) {
            if (declaration.isFamily()) {
                continue;
            }
            if (configurableOnly && !declaration.isConfigurable()) {
                values.put(declaration.key(), declaration.defaultValue());
                continue;
            }
            Object fallback = defaults.raw(declaration.key());
            Object value = fallback;
            if (configuration.get(declaration.key()).isPresent()) {
                Object read = declaration.read(configuration, violations);
                value = read == null ? fallback : read;
            } else if (declaration.isRequired()) {
                violations.add(new Violation(
                        declaration.key(),
                        "required",
                        LocalizedText.of(
                                "缺少配置项 " + declaration.key() + "（"
                                        + declaration.label().zh() + "）",
                                "Parameter " + declaration.key() + " ("
                                        + declaration.label().en() + ") is required")));
            }
            values.put(declaration.key(), value);
        }
        return new ParameterValues(values);
    }

    /**
     * Records each key of {@code configuration} that is no declared parameter (rule {@code
     * unknown}), in key order: a plugin that refuses unknown keys calls it where its rules put it.
     * A key {@code prefix.something} belongs to a declared family {@code prefix.*}.
     *
     * @param pluginName the plugin's name, for the message
     */
    public void unknownKeys(Parameters configuration, LocalizedText pluginName, List<Violation> violations) {
        for (String key : configuration.asMap().keySet()) {
            if (!isDeclared(key)) {
                violations.add(new Violation(
                        key,
                        "unknown",
                        LocalizedText.of(
                                "配置项 " + key + " 不是“" + pluginName.zh() + "”的参数，请删除或更正",
                                key + " is not a parameter of " + pluginName.en() + "; remove or correct it")));
            }
        }
    }

    private boolean isDeclared(String key) {
        for (ParameterDeclaration<?> declaration : declarations) {
            String declared = declaration.key();
            boolean inFamily = declaration.isFamily()
                    && key.length() > declared.length() - 1
                    && key.startsWith(declared.substring(0, declared.length() - 1));
            if (declared.equals(key) || inFamily) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a configuration that must be valid.
     *
     * @throws InvalidInputException listing every rule it breaks
     */
    public ParameterValues require(Parameters configuration, ParameterValues defaults) {
        List<Violation> violations = new ArrayList<>();
        ParameterValues values = read(configuration, defaults, violations);
        InvalidInputException.throwIfAny(violations);
        return values;
    }

    /** The specifications the plugin publishes, with the defaults in force. */
    public List<ParameterSpec> specs(ParameterValues defaults) {
        List<ParameterSpec> specs = new ArrayList<>();
        for (ParameterDeclaration<?> declaration : declarations) {
            specs.add(spec(declaration, declaration.isFamily() ? null : defaults.raw(declaration.key())));
        }
        return List.copyOf(specs);
    }

    private static <T> ParameterSpec spec(ParameterDeclaration<T> declaration, Object defaultInForce) {
        @SuppressWarnings("unchecked")
        T value = (T) defaultInForce;
        return declaration.spec(value);
    }

    /**
     * The configurable defaults among Config Admin properties, as a configuration to {@link #read}:
     * each value as text, so that a malformed value in a {@code .cfg} file reaches the same rules
     * and messages as a plan's, and the component's own properties ({@code component.name}, {@code
     * service.pid}…) are left out.
     */
    public Parameters configuredDefaults(Map<String, ?> properties) {
        Map<String, String> configured = new TreeMap<>();
        for (ParameterDeclaration<?> declaration : declarations) {
            Object value = properties.get(declaration.key());
            if (declaration.isConfigurable() && value != null) {
                configured.put(declaration.key(), String.valueOf(value));
            }
        }
        return Parameters.of(configured);
    }

    /**
     * The Markdown table of the parameters, for the plugin's README: key, type, default, rule,
     * whether Config Admin may set the default, and the labels.
     */
    public String markdownTable() {
        StringBuilder table = new StringBuilder("| key | type | default | rule | Config Admin | " + "含义"
                + " | meaning |\n" + "| --- | --- | --- | --- | --- | --- | --- |\n");
        for (ParameterDeclaration<?> declaration : declarations) {
            Object defaultValue = declaration.defaultValue();
            table.append("| `")
                    .append(declaration.key())
                    .append("` | ")
                    .append(typeName(declaration))
                    .append(" | ")
                    .append(
                            defaultValue == null
                                    ? (declaration.isRequired() ? "required" : "—")
                                    : declaration.text(defaultValue))
                    .append(" | ")
                    .append(cell(declaration.ruleText().isEmpty() ? "—" : declaration.ruleText()))
                    .append(" | ")
                    .append(declaration.isConfigurable() ? "yes" : "no")
                    .append(" | ")
                    .append(cell(declaration.label().zh()))
                    .append(" | ")
                    .append(cell(declaration.label().en()))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String typeName(ParameterDeclaration<?> declaration) {
        return declaration.options().isEmpty()
                ? declaration.type().name().toLowerCase(java.util.Locale.ROOT)
                : "choice";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /**
     * The OSGi metatype document ({@code OSGI-INF/metatype/<pid>.xml}) of the configurable
     * defaults: one attribute per configurable parameter, typed, with its built-in default, bounds
     * and options, designating {@code pid}.
     *
     * @param pluginName the plugin's name, shown by the web console as {@code SkillEval 名称 / Name}
     */
    public String metatype(String pid, LocalizedText pluginName) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<metatype:MetaData xmlns:metatype=\"http://www.osgi.org/xmlns/metatype/v1.4.0\">\n")
                .append("  <OCD id=\"")
                .append(xml(pid))
                .append("\" name=\"")
                .append(xml("SkillEval " + pluginName.zh() + " / " + pluginName.en()))
                .append("\" description=\"")
                .append(xml("插件 " + pid + " 的默认配置：工作方案未设置某配置项时使用的值。无效的值不予采用，继续使用此前的有效值。"
                        + " / Defaults of the plugin " + pid + ": the values a work plan gets for a parameter it leaves"
                        + " unset. An invalid value is refused and the previous valid one stays in force."))
                .append("\">\n");
        for (ParameterDeclaration<?> declaration : declarations) {
            if (!declaration.isConfigurable()) {
                continue;
            }
            ParameterSpec spec = declaration.spec(null);
            xml.append("    <AD id=\"")
                    .append(xml(declaration.key()))
                    .append("\" type=\"")
                    .append(metatypeType(declaration.type()))
                    .append("\" name=\"")
                    .append(xml(declaration.label().zh() + " / "
                            + declaration.label().en()))
                    .append("\" required=\"false\"");
            if (declaration.defaultValue() != null) {
                xml.append(" default=\"")
                        .append(xml(declaration.text(declaration.defaultValue())))
                        .append('"');
            }
            if (spec.min() != null) {
                xml.append(" min=\"").append(spec.min()).append('"');
            }
            if (spec.max() != null) {
                xml.append(" max=\"").append(spec.max()).append('"');
            }
            if (!declaration.ruleText().isEmpty()) {
                xml.append(" description=\"")
                        .append(xml(declaration.ruleText()))
                        .append('"');
            }
            if (declaration.options().isEmpty()) {
                xml.append("/>\n");
                continue;
            }
            xml.append(">\n");
            for (String option : declaration.options()) {
                xml.append("      <Option label=\"")
                        .append(xml(option))
                        .append("\" value=\"")
                        .append(xml(option))
                        .append("\"/>\n");
            }
            xml.append("    </AD>\n");
        }
        return xml.append("  </OCD>\n")
                .append("  <Designate pid=\"")
                .append(xml(pid))
                .append("\">\n    <Object ocdref=\"")
                .append(xml(pid))
                .append("\"/>\n  </Designate>\n</metatype:MetaData>\n")
                .toString();
    }

    private static String metatypeType(ParameterType type) {
        return switch (type) {
            case INTEGER -> "Integer";
            case DECIMAL -> "Double";
            case BOOLEAN -> "Boolean";
            case STRING -> "String";
        };
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
