package org.skilleval.plugin.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/**
 * Optionally implemented by an {@link AssessmentMethod} or {@link ScoringScheme} whose plugin-wide
 * defaults come from Config Admin: it tells operators that the last configuration was refused.
 *
 * <p>A plugin refusing a configuration keeps running on its previous valid values, so rounds in
 * progress are not interrupted by a typo in {@code etc/}; the core shows this problem next to the
 * plugin ({@code /api/plugins}, {@code skilleval:plugins}) until a valid configuration arrives.
 */
@ConsumerType
public interface ConfigurationStatus {

    /** Why the last configuration was refused, naming the key, the value and the rule; empty when it was accepted. */
    Optional<LocalizedText> configurationProblem();

    /**
     * The problem text of a refused configuration, for {@link #configurationProblem()} and the log:
     * names the PID and, for every rule the configuration breaks, the key, the configured value,
     * the rule and why, in Chinese and English. It logs nothing; the plugin logs it.
     *
     * @param pid the configuration's PID
     * @param configured the configuration as read from Config Admin
     * @param violations the rules it breaks; at least one
     * @since 1.1
     */
    static LocalizedText refused(String pid, Parameters configured, List<Violation> violations) {
        StringBuilder zh = new StringBuilder("插件配置 " + pid + " 无效，未予采用，继续使用此前的有效默认值：");
        StringBuilder en =
                new StringBuilder("Configuration " + pid + " refused; the previous valid defaults stay in force: ");
        for (int i = 0; i < violations.size(); i++) {
            Violation violation = violations.get(i);
            String value = configured
                    .get(violation.field())
                    .map(raw -> " = \"" + raw + "\"")
                    .orElse("");
            zh.append(i == 0 ? "" : "；")
                    .append(violation.field())
                    .append(value)
                    .append("（规则 ")
                    .append(violation.rule())
                    .append("）：")
                    .append(violation.message().zh());
            en.append(i == 0 ? "" : "; ")
                    .append(violation.field())
                    .append(value)
                    .append(" (rule ")
                    .append(violation.rule())
                    .append("): ")
                    .append(violation.message().en());
        }
        return LocalizedText.of(zh.toString(), en.toString());
    }
}
