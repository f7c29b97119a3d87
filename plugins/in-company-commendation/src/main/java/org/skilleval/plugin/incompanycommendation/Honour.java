package org.skilleval.plugin.incompanycommendation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/**
 * One honour of the table: its key (also the sheet item's id), name and built-in points. The
 * honours are content, so they live apart from {@link InCompanyCommendationMethod}.
 */
record Honour(String key, LocalizedText name, BigDecimal defaultPoints) {

    static final List<Honour> ALL = List.of(
            new Honour("model-worker", LocalizedText.of("企业级劳动模范", "Enterprise model worker"), BigDecimal.valueOf(30)),
            new Honour(
                    "chief-technician",
                    LocalizedText.of("企业首席技师", "Enterprise chief technician"),
                    BigDecimal.valueOf(30)),
            new Honour(
                    "technical-expert",
                    LocalizedText.of("企业技术能手", "Enterprise technical expert"),
                    BigDecimal.valueOf(20)),
            new Honour(
                    "skill-competition",
                    LocalizedText.of("企业职业技能竞赛前三名", "Top three in an enterprise skill competition"),
                    BigDecimal.valueOf(15)),
            new Honour(
                    "outstanding-mentor",
                    LocalizedText.of("企业优秀师傅", "Enterprise outstanding mentor"),
                    BigDecimal.valueOf(10)),
            new Honour(
                    "rationalisation-award",
                    LocalizedText.of("合理化建议奖", "Rationalisation proposal award"),
                    BigDecimal.valueOf(5)));

    private static final String KEYS = ALL.stream().map(Honour::key).collect(Collectors.joining(", "));

    /** A {@code points.<key>} naming no honour of the table: the violation lists the honours. */
    static Violation unknown(String key) {
        return new Violation(
                key,
                "unknown",
                LocalizedText.of(
                        "配置项 " + key + " 指向未知的表彰，可用的表彰为：" + KEYS,
                        "Parameter " + key + " names an unknown honour; the honours are: " + KEYS));
    }
}
