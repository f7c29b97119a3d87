package org.skilleval.plugin.performancereview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skilleval.plugin.api.ParameterDeclaration;
import org.skilleval.plugin.api.Scores;
import org.skilleval.plugin.api.dto.LevelDescriptor;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ScoreItem;
import org.skilleval.plugin.api.dto.ScoreSheetSchema;

/**
 * One area of achievement of the performance review: its item id, label and the five band
 * descriptions, lowest first. The areas are content, edited by the programme's experts, so they
 * live apart from {@link PerformanceReviewMethod}.
 */
record PerformanceArea(String id, LocalizedText label, List<LocalizedText> bands) {

    static final String TECHNICAL_RENOVATION = "technical-renovation";
    static final String RESEARCH_INNOVATION = "research-innovation";
    static final String PRODUCTIVITY = "productivity";
    static final String MENTORING = "mentoring";

    /** Lower edges of the five bands, as fractions of an area's maximum. */
    private static final List<BigDecimal> BAND_EDGES = List.of(
            BigDecimal.ZERO,
            new BigDecimal("0.2"),
            new BigDecimal("0.4"),
            new BigDecimal("0.6"),
            new BigDecimal("0.8"));

    private static final BigDecimal CENT = new BigDecimal("0.01");

    /** One area of achievement: its item id, label and the five band descriptions, lowest first. */
    static final List<PerformanceArea> AREAS = List.of(
            new PerformanceArea(
                    TECHNICAL_RENOVATION,
                    LocalizedText.of("技术改造", "Technical renovation"),
                    List.of(
                            LocalizedText.of("无明显技术改造业绩", "No notable technical renovation"),
                            LocalizedText.of(
                                    "参与本岗位设备、工艺的小改小革，效果有限",
                                    "Took part in minor improvements of the post's equipment or processes, "
                                            + "with limited effect"),
                            LocalizedText.of(
                                    "主持完成班组或车间级技术改造，解决了生产中的实际问题",
                                    "Led team- or workshop-level renovations that solved real production problems"),
                            LocalizedText.of(
                                    "主持完成企业级重点技术改造，效率、质量或安全水平提高有数据证明",
                                    "Led key enterprise-level renovations; the gain in efficiency, quality or "
                                            + "safety is proven by data"),
                            LocalizedText.of(
                                    "技术改造成果在省级以上推广，或产生重大经济效益",
                                    "Renovation results adopted at provincial level or above, or with major "
                                            + "economic benefit"))),
            new PerformanceArea(
                    RESEARCH_INNOVATION,
                    LocalizedText.of("研发创新", "R&D and innovation"),
                    List.of(
                            LocalizedText.of("无明显研发创新业绩", "No notable R&D or innovation"),
                            LocalizedText.of(
                                    "参与新产品、新工艺研发，承担一般性工作",
                                    "Took part in developing new products or processes in a routine role"),
                            LocalizedText.of(
                                    "作为骨干参与研发，取得实用新型专利、工法或企业级创新成果",
                                    "Key member of development work; holds utility-model patents, construction "
                                            + "methods or enterprise-level innovation results"),
                            LocalizedText.of(
                                    "主持研发项目，取得发明专利、企业级以上科技进步奖或重要创新成果",
                                    "Led development projects; holds invention patents, science and technology "
                                            + "awards above enterprise level or major innovation results"),
                            LocalizedText.of(
                                    "获省级以上科技进步奖、发明奖，或创新成果达到行业领先水平",
                                    "Won provincial or higher science, technology or invention awards, or the "
                                            + "innovation leads the industry"))),
            new PerformanceArea(
                    PRODUCTIVITY,
                    LocalizedText.of("成果转化（促进生产力）", "Results turned into productivity"),
                    List.of(
                            LocalizedText.of("无成果转化业绩", "No results turned into production"),
                            LocalizedText.of("成果在本岗位得到应用，效益不明显", "Results applied at the post, with no clear benefit"),
                            LocalizedText.of(
                                    "成果在班组、车间推广应用，有可计量的效益",
                                    "Results adopted by the team or workshop with measurable benefit"),
                            LocalizedText.of(
                                    "成果在企业内推广应用，经济效益显著，有财务或第三方证明",
                                    "Results adopted across the enterprise with marked economic benefit, "
                                            + "certified by finance or a third party"),
                            LocalizedText.of(
                                    "成果在省级以上或行业内推广，产生重大经济效益或社会效益",
                                    "Results adopted at provincial level or above or across the industry, with "
                                            + "major economic or social benefit"))),
            new PerformanceArea(
                    MENTORING,
                    LocalizedText.of("传师带徒", "Mentoring apprentices"),
                    List.of(
                            LocalizedText.of("无带徒业绩", "No apprentices mentored"),
                            LocalizedText.of(
                                    "签订师徒协议带徒，徒弟取得高级工及以下等级晋升",
                                    "Mentors apprentices under an agreement; apprentices reached senior worker"
                                            + " (level 3) or a lower level"),
                            LocalizedText.of(
                                    "培养的徒弟取得技师、高级技师等级，或在企业技能竞赛中获奖",
                                    "Apprentices reached technician or senior technician, or won enterprise skill"
                                            + " competitions"),
                            LocalizedText.of(
                                    "领办技能大师工作室或企业培训项目，徒弟在市级以上技能竞赛获奖",
                                    "Runs a master's studio or enterprise training programme; apprentices won "
                                            + "city-level or higher skill competitions"),
                            LocalizedText.of(
                                    "徒弟获省级以上技术能手称号或省级以上竞赛奖项，带徒经验在省级以上推广",
                                    "Apprentices won provincial or higher skill-expert titles or competitions; the "
                                            + "mentoring practice is adopted at provincial level or above"))));

    // The plan parameters of each area are declared here, after AREAS, which they are built from.
    /** Each area's maximum points, by area id, in area order. */
    static final Map<String, ParameterDeclaration<BigDecimal>> MAXIMA = new LinkedHashMap<>();

    /** Each area's weight, by area id, in area order. */
    static final Map<String, ParameterDeclaration<BigDecimal>> WEIGHTS = new LinkedHashMap<>();

    static {
        for (PerformanceArea area : AREAS) {
            MAXIMA.put(
                    area.id(),
                    ParameterDeclaration.ofDecimal(
                                    PerformanceReviewMethod.MAX_PREFIX + area.id(),
                                    LocalizedText.of(
                                            "“" + area.label().zh() + "”满分（1–100 分）",
                                            "Maximum points of \""
                                                    + area.label().en() + "\" (1–100)"))
                            .between(1, 100)
                            .atMostDecimalPlaces(Scores.SCALE)
                            .withDefault(BigDecimal.valueOf(25))
                            .configurable());
            WEIGHTS.put(
                    area.id(),
                    ParameterDeclaration.ofDecimal(
                                    PerformanceReviewMethod.WEIGHT_PREFIX + area.id(),
                                    LocalizedText.of(
                                            "“" + area.label().zh() + "”权重（大于 0，至多 10）",
                                            "Weight of \"" + area.label().en() + "\" (above 0, at most 10)"))
                            .positive()
                            .atMost(10)
                            .atMostDecimalPlaces(Scores.SCALE)
                            .withDefault(BigDecimal.ONE)
                            .configurable());
        }
    }

    /** The score sheet: one item per area with the plan's maximum and weight. */
    static ScoreSheetSchema schema(Map<String, BigDecimal> maxima, Map<String, BigDecimal> weights) {
        List<ScoreItem> items = new ArrayList<>();
        for (PerformanceArea area : AREAS) {
            BigDecimal max = maxima.get(area.id());
            items.add(new ScoreItem(area.id(), area.label(), max, weights.get(area.id()), null, area.levels(max)));
        }
        return new ScoreSheetSchema(items);
    }

    /** Five bands from 0 to {@code max}, each starting at its edge's share of the maximum. */
    List<LevelDescriptor> levels(BigDecimal max) {
        List<LevelDescriptor> levels = new ArrayList<>();
        for (int i = 0; i < BAND_EDGES.size(); i++) {
            BigDecimal from = Scores.round(max.multiply(BAND_EDGES.get(i)));
            BigDecimal to = i + 1 < BAND_EDGES.size()
                    ? Scores.round(max.multiply(BAND_EDGES.get(i + 1))).subtract(CENT)
                    : max;
            levels.add(new LevelDescriptor(from, to, bands.get(i)));
        }
        return levels;
    }
}
