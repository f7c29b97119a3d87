package org.skilleval.plugin.panelvote;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The plugin-wide defaults of the panel vote: what a work plan gets for a parameter it leaves
 * unset. Edited through Config Admin ({@code etc/org.skilleval.plugin.panel-vote.cfg} or the web
 * console); a plan that sets a parameter is not affected. How the panel votes and the share it
 * needs have no default: every plan sets them.
 *
 * <p>The attribute types are what the web console shows and checks; the methods return the raw
 * text so that a malformed value from a {@code .cfg} file reaches the plugin, which refuses it
 * with the same rules and messages as a plan's parameter, instead of failing the component.
 */
@ObjectClassDefinition(
        name = "SkillEval 评委会表决 / Panel vote",
        description = "评分办法 panel-vote 的默认配置：工作方案未设置某配置项时使用的值（表决方式和通过比例没有默认值）。"
                + "无效的值不予采用，继续使用此前的有效值。 / Defaults of the scoring scheme panel-vote: the values a work"
                + " plan gets for a parameter it leaves unset (how the panel votes and the share needed have none). An"
                + " invalid value is refused and the previous valid one stays in force.")
public @interface PanelVoteConfiguration {

    /** The configuration PID: {@code org.skilleval.plugin.<scheme id>}. */
    String PID = "org.skilleval.plugin.panel-vote";

    @AttributeDefinition(
            name = "赞成分值 / Approval points",
            description = "按表决评分项（approvalItem）表决时，赞成计的分值；大于 0。 / Points of the vote item for approval"
                    + " when the panel votes by an item (approvalItem); above 0.",
            type = AttributeType.DOUBLE,
            min = "0.01")
    String approvalPoints() default "1";

    @AttributeDefinition(
            name = "执行一票否决 / Honour vetoes",
            description = "任一评审方式被否决即不予通过。 / A veto by any method fails the candidate.",
            type = AttributeType.BOOLEAN)
    String honourVetoes() default "true";
}
