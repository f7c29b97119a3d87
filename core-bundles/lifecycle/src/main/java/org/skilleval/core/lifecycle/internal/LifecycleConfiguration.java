package org.skilleval.core.lifecycle.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "SkillEval lifecycle", description = "Settings of the pilot scheme that no source fixes")
public @interface LifecycleConfiguration {

    String PID = "org.skilleval.core.lifecycle";

    @AttributeDefinition(
            name = "Pilot enterprises per city",
            description = "原则上每个设区市1~2家: places per city and round before a province override is needed",
            min = "1",
            max = "20")
    int quotaPerCity() default 2;

    @AttributeDefinition(
            name = "Smallest expert panel",
            description = "评委会: the fewest experts a panel may have; panels have an odd number of experts",
            min = "1",
            max = "99")
    int panelMinSize() default 5;

    @AttributeDefinition(
            name = "Largest expert panel",
            description = "评委会: the most experts a panel may have",
            min = "1",
            max = "99")
    int panelMaxSize() default 15;

    @AttributeDefinition(
            name = "Divergence gap",
            description = "评分分歧: a submitted sheet whose points on an item lie further than this many points from"
                    + " the panel's median of the item is flagged for the panel to discuss again; 0 flags nothing",
            min = "0",
            max = "1000")
    double divergenceGap() default 5;

    @AttributeDefinition(name = "Time zone", description = "The zone whose calendar days deadlines count in")
    String zone() default "Asia/Shanghai";

    @AttributeDefinition(
            name = "Proposal share warning",
            description = "建议人选占企业高级技师人数的提示线: a proposal list whose candidates exceed this share of the"
                    + " enterprise's 高级技师 is flagged for the province (a warning, never a refusal); 0–1",
            min = "0",
            max = "1")
    double proposalShareWarning() default 0.10;

    @AttributeDefinition(
            name = "Days a publicity stays public after it ends",
            description = "How long the public pages keep showing a province publicity after its last day",
            min = "0",
            max = "366")
    int publicityShownDays() default 30;

    @AttributeDefinition(
            name = "Default appointment term (years)",
            description = "聘期: the term of an appointment when neither the request nor the enterprise names one",
            min = "1",
            max = "10")
    int appointmentTermYears() default 3;

    @AttributeDefinition(
            name = "Review window (days)",
            description = "聘期考核: a current appointment whose term ends within this many days is due for review",
            min = "1",
            max = "366")
    int appointmentReviewDays() default 90;
}
