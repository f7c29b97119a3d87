package org.skilleval.plugin.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;
import org.skilleval.plugin.api.dto.ParameterType;
import org.skilleval.plugin.api.dto.Violation;

/**
 * One parameter of a plugin, declared once: its key, type, limits, default and labels. A plugin
 * lists its declarations in {@link ParameterDeclarations}, which derives from them the {@link
 * ParameterSpec}s the plugin publishes, the reading of a plan's {@link Parameters} with every
 * violation reported, the Config Admin defaults and their metatype, and the README table.
 *
 * <p>Immutable: each {@code with…}-style method returns a new declaration, so a plugin writes
 * {@code ParameterDeclaration.ofInteger("minExperts", label).atLeast(1).withDefault(3).configurable()}.
 *
 * <p>Rules and their names, which plans and tests rely on: a value of the wrong type breaks {@code
 * integer}, {@code decimal} or {@code boolean} (the messages of {@link Parameters}); a bound breaks
 * {@code range} when the declaration has two bounds, {@code min} or {@code max} when it has one, and
 * {@code positive} for {@link #positive()}; a choice breaks {@code one-of}; a text breaks {@code
 * pattern}; an unset required parameter breaks {@code required}. The message of a broken bound or
 * choice is {@code 配置项 <key> 为 <value>，<explanation>} / {@code Parameter <key> is <value>;
 * <explanation>}, with a generic explanation unless {@link #explainedAs(LocalizedText)} gives one.
 *
 * <p>A key ending in {@code .*} declares a family, one parameter per assessment method of the plan
 * (e.g. {@code weight.*}): it is published and documented, but {@link ParameterDeclarations} does
 * not read it, because which keys are valid depends on the plan's methods ({@link Scores#weights}).
 *
 * @param <T> the Java type of the value: {@link Integer}, {@link BigDecimal}, {@link Boolean} or
 *     {@link String}
 * @since 1.3
 */
public final class ParameterDeclaration<T> {

    private final String key;
    private final LocalizedText label;
    private final ParameterType type;
    private final Class<T> valueType;
    private final T defaultValue;
    private final boolean required;
    private final BigDecimal min;
    private final boolean minExcluded;
    private final BigDecimal max;
    private final Pattern pattern;
    private final List<String> options;
    private final Explanation explanation;
    private final boolean configurable;
    private final int decimalPlaces;

    private ParameterDeclaration(Draft<T> draft) {
        this.key = Objects.requireNonNull(draft.key, "key");
        this.label = Objects.requireNonNull(draft.label, "label");
        this.type = draft.type;
        this.valueType = draft.valueType;
        this.defaultValue = draft.defaultValue;
        this.required = draft.required;
        this.min = draft.min;
        this.minExcluded = draft.minExcluded;
        this.max = draft.max;
        this.pattern = draft.pattern;
        this.options = List.copyOf(draft.options);
        this.explanation = draft.explanation;
        this.configurable = draft.configurable;
        this.decimalPlaces = draft.decimalPlaces;
        if (configurable && isFamily()) {
            throw new IllegalArgumentException(key + ": a family has no plugin-wide default");
        }
    }

    /**
     * The fields of a declaration while one is derived from another: each {@code with…}-style
     * method copies this declaration into a draft, changes one thing and builds a new one.
     */
    private static final class Draft<T> {
        String key;
        LocalizedText label;
        ParameterType type;
        Class<T> valueType;
        T defaultValue;
        boolean required;
        BigDecimal min;
        boolean minExcluded;
        BigDecimal max;
        Pattern pattern;
        List<String> options = List.of();
        Explanation explanation;
        boolean configurable;
        int decimalPlaces = ANY_PLACES;
    }

    private ParameterDeclaration<T> with(Consumer<Draft<T>> change) {
        Draft<T> draft = new Draft<>();
        draft.key = key;
        draft.label = label;
        draft.type = type;
        draft.valueType = valueType;
        draft.defaultValue = defaultValue;
        draft.required = required;
        draft.min = min;
        draft.minExcluded = minExcluded;
        draft.max = max;
        draft.pattern = pattern;
        draft.options = options;
        draft.explanation = explanation;
        draft.configurable = configurable;
        draft.decimalPlaces = decimalPlaces;
        change.accept(draft);
        return new ParameterDeclaration<>(draft);
    }

    private static <T> ParameterDeclaration<T> declare(
            String key, LocalizedText label, ParameterType type, Class<T> valueType, List<String> options) {
        Draft<T> draft = new Draft<>();
        draft.key = key;
        draft.label = label;
        draft.type = type;
        draft.valueType = valueType;
        draft.options = options;
        return new ParameterDeclaration<>(draft);
    }

    /** A whole number, e.g. the fewest experts of a panel. */
    public static ParameterDeclaration<Integer> ofInteger(String key, LocalizedText label) {
        return declare(key, label, ParameterType.INTEGER, Integer.class, List.of());
    }

    /** A decimal number, e.g. a pass line or a weight. */
    public static ParameterDeclaration<BigDecimal> ofDecimal(String key, LocalizedText label) {
        return declare(key, label, ParameterType.DECIMAL, BigDecimal.class, List.of());
    }

    /** {@code true} or {@code false}. */
    public static ParameterDeclaration<Boolean> ofBoolean(String key, LocalizedText label) {
        return declare(key, label, ParameterType.BOOLEAN, Boolean.class, List.of());
    }

    /** Free text; bound it with {@link #matching(String)}. */
    public static ParameterDeclaration<String> ofText(String key, LocalizedText label) {
        return declare(key, label, ParameterType.STRING, String.class, List.of());
    }

    /**
     * One of a fixed list of values, published as a {@link ParameterType#STRING} with options. A
     * plan's value matches an option whatever its case and surrounding blanks, and reads as that
     * option.
     */
    public static ParameterDeclaration<String> ofChoice(String key, LocalizedText label, String... options) {
        if (options.length == 0) {
            throw new IllegalArgumentException(key + ": a choice needs at least one option");
        }
        return declare(key, label, ParameterType.STRING, String.class, List.of(options));
    }

    /** The value a plan that leaves the parameter unset gets (before Config Admin changes it). */
    public ParameterDeclaration<T> withDefault(T value) {
        Objects.requireNonNull(value, "value");
        return with(draft -> draft.defaultValue = value);
    }

    /** A plan must set it: no default. */
    public ParameterDeclaration<T> required() {
        return with(draft -> {
            draft.required = true;
            draft.defaultValue = null;
        });
    }

    /** The value may not be below {@code bound} (rule {@code min}, or {@code range} with a maximum). */
    public ParameterDeclaration<T> atLeast(Number bound) {
        return with(draft -> {
            draft.min = decimal(bound);
            draft.minExcluded = false;
        });
    }

    /** The value may not be above {@code bound} (rule {@code max}, or {@code range} with a minimum). */
    public ParameterDeclaration<T> atMost(Number bound) {
        return with(draft -> draft.max = decimal(bound));
    }

    /** The value lies in [{@code low}, {@code high}] (rule {@code range}). */
    public ParameterDeclaration<T> between(Number low, Number high) {
        return atLeast(low).atMost(high);
    }

    /** The value is above 0 (rule {@code positive}, or {@code range} with a maximum: (0, max]). */
    public ParameterDeclaration<T> positive() {
        return with(draft -> {
            draft.min = BigDecimal.ZERO;
            draft.minExcluded = true;
        });
    }

    /** A text must match {@code regex} whole (rule {@code pattern}). */
    public ParameterDeclaration<T> matching(String regex) {
        Pattern compiled = Pattern.compile(regex);
        return with(draft -> draft.pattern = compiled);
    }

    /**
     * A decimal takes at most {@code places} decimal places (rule {@code scale}), e.g. 2 for
     * points, which the platform rounds to 2 places.
     */
    public ParameterDeclaration<T> atMostDecimalPlaces(int places) {
        return with(draft -> draft.decimalPlaces = places);
    }

    /**
     * Why a value outside the bounds or options is wrong, in place of the generic explanation, e.g.
     * {@code 最少评委人数至少为 1} / {@code at least 1 expert is required}.
     */
    public ParameterDeclaration<T> explainedAs(LocalizedText why) {
        Explanation explained = new Explanation(null, Objects.requireNonNull(why, "why"));
        return with(draft -> draft.explanation = explained);
    }

    /**
     * Like {@link #explainedAs(LocalizedText)}, and a broken bound or choice breaks {@code rule}
     * instead of the rule its bounds name: for a plugin whose plans already know the rule by
     * another name (e.g. {@code range} for a bound of 0 alone).
     */
    public ParameterDeclaration<T> explainedAs(String rule, LocalizedText why) {
        Explanation explained =
                new Explanation(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(why, "why"));
        return with(draft -> draft.explanation = explained);
    }

    /**
     * Its default is plugin-wide configuration: Config Admin (the plugin's PID) may replace it for
     * every plan that leaves the parameter unset, and the metatype offers it in the web console.
     */
    public ParameterDeclaration<T> configurable() {
        return with(draft -> draft.configurable = true);
    }

    /** The key, e.g. {@code minExperts}; a family's ends in {@code .*}. */
    public String key() {
        return key;
    }

    /** What it means, in Chinese and English. */
    public LocalizedText label() {
        return label;
    }

    /** Its published type. */
    public ParameterType type() {
        return type;
    }

    /** The built-in default; {@code null} when there is none. */
    public T defaultValue() {
        return defaultValue;
    }

    /** Whether a plan must set it. */
    public boolean isRequired() {
        return required;
    }

    /** Whether Config Admin may set its default. */
    public boolean isConfigurable() {
        return configurable;
    }

    /** Whether it stands for one parameter per method of the plan ({@code weight.*}). */
    public boolean isFamily() {
        return key.endsWith(".*");
    }

    /** The options of a choice, in display order; empty otherwise. */
    public List<String> options() {
        return options;
    }

    /** The specification it publishes, with {@code defaultValue} as the default in force. */
    ParameterSpec spec(T defaultInForce) {
        return new ParameterSpec(
                key,
                label,
                type,
                defaultInForce == null ? null : text(defaultInForce),
                required,
                min == null || minExcluded ? null : min.toPlainString(),
                max == null ? null : max.toPlainString(),
                pattern == null ? null : pattern.pattern(),
                options);
    }

    /**
     * The rule its bounds, options, pattern and decimal places set, for people: {@code [0, 100]},
     * {@code ≥ 1}, {@code median | all}, {@code (0, 10], ≤ 2 位小数 / decimal places}.
     */
    String ruleText() {
        String bounds = boundsText();
        if (decimalPlaces < 0) {
            return bounds;
        }
        // One literal per language: the rule is bilingual documentation, each half in its own language.
        String places = "≤ " + decimalPlaces + " 位小数" + " / decimal places";
        return bounds.isEmpty() ? places : bounds + ", " + places;
    }

    private String boundsText() {
        if (!options.isEmpty()) {
            return String.join(" | ", options);
        }
        if (pattern != null) {
            return "~ " + pattern.pattern();
        }
        if (min != null && max != null) {
            return (minExcluded ? "(" : "[") + min.toPlainString() + ", " + max.toPlainString() + "]";
        }
        if (min != null) {
            return (minExcluded ? "> " : "≥ ") + min.toPlainString();
        }
        if (max != null) {
            return "≤ " + max.toPlainString();
        }
        return "";
    }

    /** The value as a plan writes it: {@code 60}, {@code true}, {@code median}. */
    String text(Object value) {
        return value instanceof BigDecimal decimal
                ? decimal.stripTrailingZeros().toPlainString()
                : value.toString();
    }

    /**
     * Reads this parameter's raw value, recording every rule it breaks.
     *
     * @return the value, or {@code null} when it is malformed or breaks a rule (recorded)
     */
    T read(Parameters parameters, List<Violation> violations) {
        Object value;
        try {
            value = switch (type) {
                case INTEGER -> parameters.getInt(key, 0);
                case DECIMAL -> parameters.getDecimal(key, null);
                case BOOLEAN -> parameters.getBoolean(key, false);
                case STRING -> parameters.getString(key, null);
            };
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return null;
        }
        Violation broken = check(value);
        if (broken != null) {
            violations.add(broken);
            return null;
        }
        return valueType.cast(options.isEmpty() ? value : canonicalOption(value));
    }

    private Violation check(Object value) {
        if (!options.isEmpty()) {
            return canonicalOption(value) != null
                    ? null
                    : violation(
                            "one-of",
                            value,
                            LocalizedText.of(
                                    "只能是 " + String.join("、", options) + " 之一",
                                    "it must be one of " + String.join(", ", options)));
        }
        if (pattern != null) {
            return pattern.matcher((String) value).matches()
                    ? null
                    : violation(
                            "pattern",
                            value,
                            LocalizedText.of(
                                    "须符合格式 " + pattern.pattern(), "it must match the pattern " + pattern.pattern()));
        }
        if (!(value instanceof Number)) {
            return null;
        }
        BigDecimal number = decimal((Number) value);
        boolean belowMin = min != null && (minExcluded ? number.compareTo(min) <= 0 : number.compareTo(min) < 0);
        boolean aboveMax = max != null && number.compareTo(max) > 0;
        if (!belowMin && !aboveMax) {
            return decimalPlaces >= 0 && number.stripTrailingZeros().scale() > decimalPlaces
                    ? new Violation(
                            key,
                            "scale",
                            LocalizedText.of(
                                    "配置项 " + key + " 最多保留 " + decimalPlaces + " 位小数",
                                    "Parameter " + key + " takes at most " + decimalPlaces + " decimal places"))
                    : null;
        }
        String rule = min != null && max != null ? "range" : minExcluded ? "positive" : min != null ? "min" : "max";
        return violation(rule, value, boundsExplanation());
    }

    /** The option a plan means, whatever its case and surrounding blanks; {@code null} for none. */
    private String canonicalOption(Object value) {
        String text = ((String) value).trim();
        return options.stream().filter(text::equalsIgnoreCase).findFirst().orElse(null);
    }

    private LocalizedText boundsExplanation() {
        if (min != null && max != null) {
            return LocalizedText.of("须在 " + boundsText() + " 之内", "it must lie in " + boundsText());
        }
        if (minExcluded) {
            return LocalizedText.of("必须大于 " + min.toPlainString(), "it must be greater than " + min.toPlainString());
        }
        return min != null
                ? LocalizedText.of("不能小于 " + min.toPlainString(), "it must be at least " + min.toPlainString())
                : LocalizedText.of("不能大于 " + max.toPlainString(), "it must be at most " + max.toPlainString());
    }

    private Violation violation(String derivedRule, Object value, LocalizedText generic) {
        LocalizedText why = explanation == null ? generic : explanation.why();
        String rule = explanation == null || explanation.rule() == null ? derivedRule : explanation.rule();
        String shown = echo(text(value));
        return new Violation(
                key,
                rule,
                LocalizedText.of(
                        "配置项 " + key + " 为 " + shown + "，" + why.zh(),
                        "Parameter " + key + " is " + shown + "; " + why.en()));
    }

    /** At most a short prefix of a value, so that a message never repeats a huge input. */
    private static String echo(String raw) {
        return raw.length() <= ECHOED ? raw : raw.substring(0, ECHOED) + "…";
    }

    private static final int ECHOED = 32;

    /** No limit on the decimal places. */
    private static final int ANY_PLACES = -1;

    /** Why a value is wrong, and the rule it breaks when the plugin names it itself. */
    private record Explanation(String rule, LocalizedText why) {}

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    }

    @Override
    public String toString() {
        return "ParameterDeclaration[" + key + ", " + type + "]";
    }
}
