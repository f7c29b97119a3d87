package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * A plugin's parameters are declared once (plugin API 1.3): on the distribution, Config Admin sets
 * a shipped plugin's plugin-wide default through its PID, the platform publishes it at once, an
 * invalid configuration is refused with the key, value and rule while the previous default stays in
 * force, and the bundle ships the metatype document generated from the same declarations.
 */
public class PluginDefaultsIT extends SkillEvalTestSupport {

    private static final String PID = "org.skilleval.plugin.weighted-sum";

    @Inject
    private ConfigurationAdmin configurations;

    @After
    public void restoreTheBuiltInDefaults() throws Exception {
        Configuration configuration = configurations.getConfiguration(PID, "?");
        configuration.delete();
        awaitPassLineDefault("60");
    }

    @Test
    public void configAdminSetsTheDefaultAndAnInvalidValueIsRefused() throws Exception {
        Configuration configuration = configurations.getConfiguration(PID, "?");

        configuration.update(properties("passLine", "75"));
        awaitPassLineDefault("75");

        configuration.update(properties("passLine", "120"));
        String problem = awaitProblem();
        assertTrue(problem, problem.contains("passLine = \"120\" (rule range)"));
        assertEquals("75", passLineDefault());
        awaitLogged("Configuration " + PID + " refused");

        assertNotNull(
                "the bundle ships the metatype generated from the declarations",
                bundle("org.skilleval.plugin.weightedsum").getEntry("OSGI-INF/metatype/" + PID + ".xml"));
    }

    /**
     * The refusal reaches Karaf's log: the API logs it through java.util.logging, which pax-logging
     * routes there, because a plugin API may import nothing else.
     */
    private static void awaitLogged(String text) throws Exception {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(log)
                || !Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline) {
                fail(log + " never logged: " + text);
            }
            Thread.sleep(100);
        }
    }

    private static Dictionary<String, Object> properties(String key, String value) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(key, value);
        return properties;
    }

    private String awaitProblem() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            // An accepted configuration lists an empty problem.
            JsonNode problem = listedPlugin("weighted-sum").get("problem");
            String text = problem == null || problem.isNull()
                    ? ""
                    : problem.isTextual() ? problem.asText() : problem.toString();
            if (!text.isBlank()) {
                return text;
            }
            if (System.nanoTime() > deadline) {
                fail("weighted-sum never reported the refused configuration");
            }
            Thread.sleep(50);
        }
    }
}
