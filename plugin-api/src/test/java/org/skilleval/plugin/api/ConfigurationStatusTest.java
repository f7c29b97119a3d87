package org.skilleval.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

class ConfigurationStatusTest {

    @Test
    void refusedNamesThePidAndEachKeyValueAndRule() {
        Parameters configured = Parameters.of(Map.of("passLine", "120"));
        List<Violation> violations = List.of(
                new Violation("passLine", "range", LocalizedText.of("合格线超出范围", "The pass line is out of range")),
                new Violation("weight.*", "sum-100", LocalizedText.of("权重之和不为 100", "Weights do not add up to 100")));

        LocalizedText problem = ConfigurationStatus.refused("org.skilleval.plugin.x", configured, violations);

        assertEquals(
                "插件配置 org.skilleval.plugin.x 无效，未予采用，继续使用此前的有效默认值：passLine = \"120\"（规则 range）：合格线超出范围；"
                        + "weight.*（规则 sum-100）：权重之和不为 100",
                problem.zh());
        assertEquals(
                "Configuration org.skilleval.plugin.x refused; the previous valid defaults stay in force: "
                        + "passLine = \"120\" (rule range): The pass line is out of range; "
                        + "weight.* (rule sum-100): Weights do not add up to 100",
                problem.en());
    }
}
