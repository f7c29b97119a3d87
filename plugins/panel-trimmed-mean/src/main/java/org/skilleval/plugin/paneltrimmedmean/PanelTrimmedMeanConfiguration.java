package org.skilleval.plugin.paneltrimmedmean;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The plugin-wide defaults of the panel trimmed mean: what a work plan gets for a parameter it
 * leaves unset. Edited through Config Admin ({@code etc/org.skilleval.plugin.panel-trimmed-mean.cfg}
 * or the web console); a plan that sets a parameter is not affected. The weights have no default:
 * every plan sets them.
 *
 * <p>The attribute types are what the web console shows and checks; the methods return the raw
 * text so that a malformed value from a {@code .cfg} file reaches the plugin, which refuses it
 * with the same rules and messages as a plan's parameter, instead of failing the component.
 */
@ObjectClassDefinition(
        name = "SkillEval 去掉最高分和最低分取平均 / Panel trimmed mean",
        description = "评分办法 panel-trimmed-mean 的默认配置：工作方案未设置某配置项时使用的值（权重没有默认值）。无效的值不予采用，"
                + "继续使用此前的有效值。 / Defaults of the scoring scheme panel-trimmed-mean: the values a work plan gets"
                + " for a parameter it leaves unset (weights have none). An invalid value is refused and the previous"
                + " valid one stays in force.")
public @interface PanelTrimmedMeanConfiguration {

    /** The configuration PID: {@code org.skilleval.plugin.<scheme id>}. */
    String PID = "org.skilleval.plugin.panel-trimmed-mean";

    @AttributeDefinition(
            name = "两端各去掉的个数 / Totals dropped at each end",
            description = "≥ 0（0 为不去分）；评委至少须有 2 × 此数 + 1 人。 / At least 0 (0: plain mean); a method"
                    + " needs at least 2 × this + 1 experts.",
            type = AttributeType.INTEGER,
            min = "0")
    String dropEachEnd() default "1";

    @AttributeDefinition(
            name = "合格线 / Pass line",
            description = "0–100 分。 / 0–100.",
            type = AttributeType.DOUBLE,
            min = "0",
            max = "100")
    String passLine() default "60";

    @AttributeDefinition(
            name = "执行一票否决 / Honour vetoes",
            description = "任一评审方式被否决即不予通过。 / A veto by any method fails the candidate.",
            type = AttributeType.BOOLEAN)
    String honourVetoes() default "true";
}
