package org.skilleval.core.pluginhost;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.skilleval.core.domain.AssessmentResultRecord.SheetInput;
import org.skilleval.plugin.api.dto.ParameterSpec;

/**
 * How a result's provenance names what a plugin ran on: the configuration it ran with and the
 * sheets it was given, as hashes a later recomputation compares. Pure functions, no plugin code.
 */
public final class PluginFingerprints {

    private PluginFingerprints() {}

    /**
     * The configuration the plugin actually ran with: the plan's values plus the plugin's current
     * default for every parameter the plan leaves unset. An operator can change those defaults in
     * {@code etc/}; recording them makes such a change visible to a recomputation.
     */
    public static Map<String, String> effectiveConfiguration(Map<String, String> planned, List<ParameterSpec> specs) {
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

    /** SHA-256 (hex) of the configuration as sorted {@code key=value} lines. */
    public static String configurationSha256(Map<String, String> configuration) {
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
    public static String inputsSha256(List<SheetInput> inputs) {
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

    /** A number as written in fingerprints and messages: plain, without trailing zeros; "null" for none. */
    public static String plain(BigDecimal value) {
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
}
