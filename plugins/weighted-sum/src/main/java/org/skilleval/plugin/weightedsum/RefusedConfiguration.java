package org.skilleval.plugin.weightedsum;

import java.util.List;
import org.skilleval.plugin.api.Parameters;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/** What an operator reads about a refused configuration of the plugin's defaults. */
final class RefusedConfiguration {

    private RefusedConfiguration() {}

    /**
     * Names the PID and, for every rule the configuration breaks, the key, the configured value,
     * the rule and why, in Chinese and English.
     */
    static LocalizedText describe(String pid, Parameters configured, List<Violation> violations) {
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
