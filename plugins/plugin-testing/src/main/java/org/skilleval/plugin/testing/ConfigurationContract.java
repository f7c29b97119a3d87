package org.skilleval.plugin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.PluginBase;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.ParameterSpec;

/**
 * The tests every plugin with Config Admin defaults must pass, as the platform relies on them: the
 * built-in defaults without a configuration, configured defaults reported to consoles, a change taken
 * without a restart, an invalid configuration refused whole with a reason naming the PID and every
 * broken value, and the generated metatype and README table in step with the declarations.
 *
 * <p>A plugin's test class implements it and says how its plugin is activated and, for each
 * configurable parameter, its built-in default, another valid value and an invalid one; JUnit runs
 * the inherited tests beside the class's own:
 *
 * <pre>{@code
 * class OralDefenseConfigurationTest implements ConfigurationContract<OralDefenseMethod> {
 *     public Defaults<OralDefenseMethod> contract() {
 *         return Defaults.of(OralDefenseMethod::new, "org.skilleval.plugin.oral-defense")
 *                 .parameter("minExperts", "3", "5", "0");
 *     }
 *     // tests of what the defaults change in the plugin's own results
 * }
 * }</pre>
 *
 * <p>Values are written as {@link ParameterSpec#defaultValue()} shows them ({@code "60"}, {@code
 * "77.5"}, {@code "false"}).
 *
 * @param <P> the plugin
 */
public interface ConfigurationContract<P extends PluginBase> {

    /** The plugin's activation and its configurable parameters, for the inherited tests. */
    Defaults<P> contract();

    /**
     * How a plugin is activated, its configuration PID, and per configurable parameter (every one
     * of them) three values.
     *
     * @param <P> the plugin
     */
    final class Defaults<P extends PluginBase> {

        private final Function<Map<String, Object>, P> activation;
        private final String pid;
        private final Map<String, String> builtIn = new LinkedHashMap<>();
        private final Map<String, String> other = new LinkedHashMap<>();
        private final Map<String, String> invalid = new LinkedHashMap<>();

        private Defaults(Function<Map<String, Object>, P> activation, String pid) {
            this.activation = activation;
            this.pid = pid;
        }

        /**
         * @param activation the plugin as Declarative Services activates it, given the Config Admin
         *     properties: usually its {@code @Activate} constructor
         * @param pid the configuration PID of its defaults
         */
        public static <P extends PluginBase> Defaults<P> of(Function<Map<String, Object>, P> activation, String pid) {
            return new Defaults<>(activation, pid);
        }

        /**
         * A configurable parameter: its default without configuration, another valid value, and a
         * value that breaks one of its rules.
         */
        public Defaults<P> parameter(String key, String builtInDefault, String otherValid, String invalidValue) {
            builtIn.put(key, builtInDefault);
            other.put(key, otherValid);
            invalid.put(key, invalidValue);
            return this;
        }

        /** The plugin activated with these Config Admin properties. */
        public P activate(Map<String, ?> properties) {
            return activation.apply(new LinkedHashMap<>(properties));
        }
    }

    @Test
    default void withoutConfigurationTheBuiltInDefaultsApply() {
        P plugin = contract().activate(Map.of());

        assertEquals(
                contract().builtIn, reportedDefaults(plugin, contract().builtIn.keySet()));
        assertTrue(plugin.configurationProblem().isEmpty());
    }

    @Test
    default void configuredDefaultsAreReportedToConsoles() {
        P plugin = contract().activate(contract().other);

        assertEquals(contract().other, reportedDefaults(plugin, contract().other.keySet()));
        assertTrue(
                plugin.configurationProblem().isEmpty(),
                () -> plugin.configurationProblem().orElseThrow().en());
    }

    @Test
    default void aChangedConfigurationAppliesWithoutARestart() {
        P plugin = contract().activate(Map.of());

        plugin.defaults().configure(contract().other);

        assertEquals(contract().other, reportedDefaults(plugin, contract().other.keySet()));
    }

    @Test
    default void anInvalidConfigurationIsRefusedWholeKeepingThePreviousDefaultsAndSaysWhy() {
        P plugin = contract().activate(contract().other);
        String firstKey = contract().invalid.keySet().iterator().next();
        Map<String, String> oneInvalid = new LinkedHashMap<>(contract().builtIn);
        oneInvalid.put(firstKey, contract().invalid.get(firstKey));

        plugin.defaults().configure(oneInvalid);

        assertEquals(contract().other, reportedDefaults(plugin, contract().other.keySet()));
        assertTrue(plugin.configurationProblem().orElseThrow().en().contains(firstKey));

        plugin.defaults().configure(contract().invalid);

        assertEquals(contract().other, reportedDefaults(plugin, contract().other.keySet()));
        LocalizedText problem = plugin.configurationProblem().orElseThrow();
        assertTrue(problem.en().contains(contract().pid), problem.en());
        assertTrue(problem.zh().contains(contract().pid), problem.zh());
        contract().invalid.forEach((key, value) -> {
            String broken = key + " = \"" + value + "\" (rule ";
            assertTrue(problem.en().contains(broken), problem.en());
        });

        plugin.defaults().configure(Map.of());

        assertEquals(
                contract().builtIn, reportedDefaults(plugin, contract().builtIn.keySet()));
        assertTrue(plugin.configurationProblem().isEmpty());
    }

    @Test
    default void anInvalidConfigurationAtActivationLeavesTheBuiltInDefaults() {
        P plugin = contract().activate(contract().invalid);

        assertEquals(
                contract().builtIn, reportedDefaults(plugin, contract().builtIn.keySet()));
        assertTrue(plugin.configurationProblem().isPresent());
    }

    @Test
    default void metatypeDesignatesThePidAndDescribesEveryConfigurableDefault() throws Exception {
        Configurations.Metatype metatype = Configurations.metatype(contract().pid);

        assertEquals(contract().pid, metatype.pid());
        assertEquals(contract().builtIn.keySet(), metatype.attributes().keySet());
    }

    @Test
    default void declarativeServicesCallsTheInheritedModifiedMethod() throws Exception {
        // bnd writes it from PluginBase's @Modified (-dsannotations-options: inherit); without it DS
        // would restart the component, taking the plugin away from a round for every change.
        String type = contract().activate(Map.of()).getClass().getName();
        String component = Files.readString(Path.of("target/classes/OSGI-INF/" + type + ".xml"));

        assertTrue(component.contains("modified=\"configurationModified\""), component);
    }

    @Test
    default void readmeTableAndMetatypeAreGeneratedFromTheDeclarations() {
        GeneratedFiles.assertCurrent(contract().activate(Map.of()));
    }

    private static Map<String, String> reportedDefaults(PluginBase plugin, Set<String> keys) {
        Map<String, String> reported = new LinkedHashMap<>();
        for (ParameterSpec spec : plugin.parameters()) {
            if (keys.contains(spec.key())) {
                reported.put(spec.key(), spec.defaultValue());
            }
        }
        return reported;
    }
}
