package org.skilleval.plugin.performancereview;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The plugin-wide defaults of the performance review: what a work plan gets for a parameter it
 * leaves unset. Edited through Config Admin ({@code etc/org.skilleval.plugin.performance-review.cfg}
 * or the web console); a plan that sets a parameter is not affected.
 *
 * <p>The attribute types are what the web console shows and checks; the methods return the raw
 * text so that a malformed value from a {@code .cfg} file reaches the plugin, which refuses it
 * with the same rules and messages as a plan's parameter, instead of failing the component. The
 * method names map to the plan's keys ({@code max_technical$_$renovation} →
 * {@code max.technical-renovation}).
 */
@ObjectClassDefinition(
        name = "SkillEval 业绩评审 / Performance review",
        description = "评审方式 performance-review 的默认配置：工作方案未设置某配置项时使用的值。无效的值不予采用，继续使用此前的有效值。"
                + " / Defaults of the assessment method performance-review: the values a work plan gets for a"
                + " parameter it leaves unset. An invalid value is refused and the previous valid one stays in force.")
public @interface PerformanceReviewConfiguration {

    /** The configuration PID: {@code org.skilleval.plugin.<method id>}. */
    String PID = "org.skilleval.plugin.performance-review";

    @AttributeDefinition(
            name = "最少评委人数 / Minimum number of experts",
            description = "至少 1 人；评分表少于此数时不计算结果。 / At least 1; fewer sheets give no result.",
            type = AttributeType.INTEGER,
            min = "1")
    String minExperts() default "3";

    @AttributeDefinition(
            name = "“技术改造”满分 / Maximum of \"Technical renovation\"",
            description = "1–100 分，至多 2 位小数。 / 1–100, at most 2 decimal places.",
            type = AttributeType.DOUBLE,
            min = "1",
            max = "100")
    String max_technical$_$renovation() default "25";

    @AttributeDefinition(
            name = "“研发创新”满分 / Maximum of \"R&D and innovation\"",
            description = "1–100 分，至多 2 位小数。 / 1–100, at most 2 decimal places.",
            type = AttributeType.DOUBLE,
            min = "1",
            max = "100")
    String max_research$_$innovation() default "25";

    @AttributeDefinition(
            name = "“成果转化（促进生产力）”满分 / Maximum of \"Results turned into productivity\"",
            description = "1–100 分，至多 2 位小数。 / 1–100, at most 2 decimal places.",
            type = AttributeType.DOUBLE,
            min = "1",
            max = "100")
    String max_productivity() default "25";

    @AttributeDefinition(
            name = "“传师带徒”满分 / Maximum of \"Mentoring apprentices\"",
            description = "1–100 分，至多 2 位小数。 / 1–100, at most 2 decimal places.",
            type = AttributeType.DOUBLE,
            min = "1",
            max = "100")
    String max_mentoring() default "25";

    @AttributeDefinition(
            name = "“技术改造”权重 / Weight of \"Technical renovation\"",
            description = "大于 0，至多 10，至多 2 位小数。 / Above 0, at most 10, at most 2 decimal places.",
            type = AttributeType.DOUBLE,
            min = "0.01",
            max = "10")
    String weight_technical$_$renovation() default "1";

    @AttributeDefinition(
            name = "“研发创新”权重 / Weight of \"R&D and innovation\"",
            description = "大于 0，至多 10，至多 2 位小数。 / Above 0, at most 10, at most 2 decimal places.",
            type = AttributeType.DOUBLE,
            min = "0.01",
            max = "10")
    String weight_research$_$innovation() default "1";

    @AttributeDefinition(
            name = "“成果转化（促进生产力）”权重 / Weight of \"Results turned into productivity\"",
            description = "大于 0，至多 10，至多 2 位小数。 / Above 0, at most 10, at most 2 decimal places.",
            type = AttributeType.DOUBLE,
            min = "0.01",
            max = "10")
    String weight_productivity() default "1";

    @AttributeDefinition(
            name = "“传师带徒”权重 / Weight of \"Mentoring apprentices\"",
            description = "大于 0，至多 10，至多 2 位小数。 / Above 0, at most 10, at most 2 decimal places.",
            type = AttributeType.DOUBLE,
            min = "0.01",
            max = "10")
    String weight_mentoring() default "1";
}
