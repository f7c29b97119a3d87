package org.skilleval.plugin.incompanycommendation;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The plugin-wide defaults of the in-company commendation, the honour points table included: what
 * a work plan gets for a parameter it leaves unset. Edited through Config Admin
 * ({@code etc/org.skilleval.plugin.in-company-commendation.cfg} or the web console); a plan that
 * sets a parameter is not affected.
 *
 * <p>The attribute types are what the web console shows and checks; the methods return the raw
 * text so that a malformed value from a {@code .cfg} file reaches the plugin, which refuses it
 * with the same rules and messages as a plan's parameter, instead of failing the component. The
 * method names map to the plan's keys ({@code points_model$_$worker} → {@code points.model-worker}).
 */
@ObjectClassDefinition(
        name = "SkillEval 企业内表彰 / In-company commendation",
        description = "评审方式 in-company-commendation 的默认配置（含表彰分值表）：工作方案未设置某配置项时使用的值。"
                + "无效的值不予采用，继续使用此前的有效值。 / Defaults of the assessment method in-company-commendation,"
                + " the honour points table included: the values a work plan gets for a parameter it leaves unset."
                + " An invalid value is refused and the previous valid one stays in force.")
public @interface InCompanyCommendationConfiguration {

    /** The configuration PID: {@code org.skilleval.plugin.<method id>}. */
    String PID = "org.skilleval.plugin.in-company-commendation";

    String POINTS_RULE = "≥ 0，至多 2 位小数，0 为不计；至少一项表彰计分。 / At least 0, at most 2 decimal places, 0 leaves"
            + " the honour off the sheet; at least one honour must earn points.";

    @AttributeDefinition(
            name = "“企业级劳动模范”分值 / Points of \"Enterprise model worker\"",
            description = POINTS_RULE,
            type = AttributeType.DOUBLE,
            min = "0")
    String points_model$_$worker() default "30";

    @AttributeDefinition(
            name = "“企业首席技师”分值 / Points of \"Enterprise chief technician\"",
            description = POINTS_RULE,
            type = AttributeType.DOUBLE,
            min = "0")
    String points_chief$_$technician() default "30";

    @AttributeDefinition(
            name = "“企业技术能手”分值 / Points of \"Enterprise technical expert\"",
            description = POINTS_RULE,
            type = AttributeType.DOUBLE,
            min = "0")
    String points_technical$_$expert() default "20";

    @AttributeDefinition(
            name = "“企业职业技能竞赛前三名”分值 / Points of \"Top three in an enterprise skill competition\"",
            description = POINTS_RULE,
            type = AttributeType.DOUBLE,
            min = "0")
    String points_skill$_$competition() default "15";

    @AttributeDefinition(
            name = "“企业优秀师傅”分值 / Points of \"Enterprise outstanding mentor\"",
            description = POINTS_RULE,
            type = AttributeType.DOUBLE,
            min = "0")
    String points_outstanding$_$mentor() default "10";

    @AttributeDefinition(
            name = "“合理化建议奖”分值 / Points of \"Rationalisation proposal award\"",
            description = POINTS_RULE,
            type = AttributeType.DOUBLE,
            min = "0")
    String points_rationalisation$_$award() default "5";

    @AttributeDefinition(
            name = "封顶分（即满分） / Cap on the total (the method's maximum)",
            description = "大于 0，至多 2 位小数。 / Above 0, at most 2 decimal places.",
            type = AttributeType.DOUBLE,
            min = "0.01")
    String cap() default "100";

    @AttributeDefinition(
            name = "重复系数 / Repeat factor",
            description = "同一表彰再次获得时每次计分的比例，0–1（0 只计一次，1 全额计分）。 / Share of the points each"
                    + " further one of the same honour earns, 0–1 (0 counts it once, 1 in full).",
            type = AttributeType.DOUBLE,
            min = "0",
            max = "1")
    String repeatFactor() default "0.5";

    @AttributeDefinition(
            name = "每项最多次数 / Most of one honour a sheet may record",
            description = "1–99。 / 1–99.",
            type = AttributeType.INTEGER,
            min = "1",
            max = "99")
    String maxCount() default "10";

    @AttributeDefinition(
            name = "次数不一致时 / When the sheets' counts differ",
            description = "median：取多数评委认可的次数；unanimous：要求一致。 / median: the count a majority confirms;"
                    + " unanimous: the sheets must agree.",
            options = {
                @Option(value = "median", label = "median：取多数评委认可的次数 / the count a majority confirms"),
                @Option(value = "unanimous", label = "unanimous：要求一致 / the sheets must agree")
            })
    String agreement() default "median";

    @AttributeDefinition(
            name = "最少评分表份数 / Minimum number of sheets",
            description = "至少 1 份。 / At least 1.",
            type = AttributeType.INTEGER,
            min = "1")
    String minExperts() default "1";
}
