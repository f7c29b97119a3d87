package org.skilleval.plugin.veto;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The plugin-wide defaults of the veto scheme: what a work plan gets for a parameter it leaves
 * unset. Edited through Config Admin ({@code etc/org.skilleval.plugin.veto.cfg} or the web console);
 * a plan that sets a parameter is not affected. Weights and minimums have no default: a plan sets
 * them.
 *
 * <p>The attribute type is what the web console shows and checks; the method returns the raw
 * text so that a malformed value from a {@code .cfg} file reaches the plugin, which refuses it
 * with the same rules and messages as a plan's parameter, instead of failing the component.
 */
@ObjectClassDefinition(
        name = "SkillEval 一票否决 / Veto",
        description = "评分办法 veto 的默认配置：工作方案未设置某配置项时使用的值（权重和最低分没有默认值）。无效的值不予采用，继续使用此前的有效值。"
                + " / Defaults of the scoring scheme veto: the values a work plan gets for a parameter it leaves"
                + " unset (weights and minimums have none). An invalid value is refused and the previous valid one"
                + " stays in force.")
public @interface VetoConfiguration {

    /** The configuration PID: {@code org.skilleval.plugin.<scheme id>}. */
    String PID = "org.skilleval.plugin.veto";

    @AttributeDefinition(
            name = "合格线 / Pass line",
            description = "0–100 分。 / 0–100.",
            type = AttributeType.DOUBLE,
            min = "0",
            max = "100")
    String passLine() default "60";
}
