package org.skilleval.core.pluginhost.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "SkillEval plugin calls",
        description = "How the core runs plugin code: its threads and how long it waits for an answer")
public @interface PluginHostConfiguration {

    String PID = "org.skilleval.core.pluginhost";

    @AttributeDefinition(
            name = "Plugin call timeout (ms)",
            description = "The longest the core waits for one call into plugin code; a call that takes longer is"
                    + " interrupted and refused with rule plugin-timeout",
            min = "1",
            max = "600000")
    long pluginTimeoutMillis() default 5000;

    @AttributeDefinition(
            name = "Threads per plugin version",
            description = "Each plugin version runs on its own pool of this many threads, with a queue of 8 calls per"
                    + " thread; a call that finds the queue full is refused with rule plugin-busy",
            min = "1",
            max = "64")
    int pluginThreads() default 2;
}
