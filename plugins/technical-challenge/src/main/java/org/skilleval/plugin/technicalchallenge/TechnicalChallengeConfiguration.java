package org.skilleval.plugin.technicalchallenge;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The plugin-wide defaults of the technical challenge: what a work plan gets for a parameter it
 * leaves unset. Edited through Config Admin ({@code etc/org.skilleval.plugin.technical-challenge.cfg}
 * or the web console); a plan that sets a parameter is not affected.
 *
 * <p>The attribute types are what the web console shows and checks; the methods return the raw
 * text so that a malformed value from a {@code .cfg} file reaches the plugin, which refuses it
 * with the same rules and messages as a plan's parameter, instead of failing the component.
 */
@ObjectClassDefinition(
        name = "SkillEval 技术攻关 / Technical challenge",
        description = "评审方式 technical-challenge 的默认配置：工作方案未设置某配置项时使用的值。无效的值不予采用，继续使用此前的有效值。"
                + " / Defaults of the assessment method technical-challenge: the values a work plan gets for a"
                + " parameter it leaves unset. An invalid value is refused and the previous valid one stays in force.")
public @interface TechnicalChallengeConfiguration {

    /** The configuration PID: {@code org.skilleval.plugin.<method id>}. */
    String PID = "org.skilleval.plugin.technical-challenge";

    @AttributeDefinition(
            name = "最少评委人数 / Minimum number of experts",
            description = "至少 1 人；评分表少于此数时不计算结果。 / At least 1; fewer sheets give no result.",
            type = AttributeType.INTEGER,
            min = "1")
    String minExperts() default "3";
}
