package org.skilleval.plugin.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.skilleval.plugin.api.PluginBase;
import org.skilleval.plugin.api.PluginDefaults;

/**
 * Keeps the files generated from a plugin's parameter declarations in step with them: the table
 * between {@value #BEGIN} and {@value #END} in the plugin's {@code README.md}, and its metatype
 * document {@code src/main/resources/OSGI-INF/metatype/<pid>.xml} (only when some parameter is
 * configurable). A plugin's test calls {@link
 * #assertCurrent(PluginBase)}; it fails when either file differs from what the declarations give,
 * so neither can drift.
 *
 * <p>To regenerate both, run the plugin's tests with {@code -Dskilleval.regenerate=true}, e.g.
 * {@code mvn -pl plugins/oral-defense -am verify -DskipITs -Dskilleval.regenerate=true}.
 */
public final class GeneratedFiles {

    /** The line that opens the generated table in the README. */
    public static final String BEGIN =
            "<!-- parameters:begin (generated from the declarations; see GeneratedFiles) -->";

    /** The line that closes it. */
    public static final String END = "<!-- parameters:end -->";

    private GeneratedFiles() {}

    /**
     * Checks (or, with {@code -Dskilleval.regenerate=true}, rewrites) the README table and the
     * metatype document of {@code plugin}, relative to the working directory (the module's, under
     * Maven).
     *
     * @throws AssertionError when a file is missing or stale, saying how to regenerate it
     */
    public static void assertCurrent(PluginBase plugin) {
        PluginDefaults defaults = plugin.defaults();
        Path readme = Path.of("README.md");
        String table = defaults.declarations().markdownTable();
        String current = read(readme);
        int begin = current.indexOf(BEGIN);
        int end = current.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new AssertionError(readme.toAbsolutePath() + " has no " + BEGIN + " … " + END + " block; add one");
        }
        String wanted = current.substring(0, begin) + BEGIN + "\n" + table + current.substring(end);
        check(readme, current, wanted);

        Path metatype = Path.of("src/main/resources/OSGI-INF/metatype", defaults.pid() + ".xml");
        boolean configurable = defaults.declarations().all().stream().anyMatch(p -> p.isConfigurable());
        if (configurable) {
            String document = defaults.declarations().metatype(defaults.pid(), plugin.name());
            check(metatype, Files.exists(metatype) ? read(metatype) : "", document);
        } else if (Files.exists(metatype)) {
            // Without a configurable default the web console must not offer an empty configuration.
            throw new AssertionError(metatype.toAbsolutePath() + " describes no configurable parameter; delete it");
        }
    }

    private static void check(Path file, String current, String wanted) {
        if (current.equals(wanted)) {
            return;
        }
        if (Boolean.getBoolean("skilleval.regenerate")) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, wanted, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError("Cannot write " + file.toAbsolutePath(), e);
            }
            return;
        }
        throw new AssertionError(file.toAbsolutePath()
                + " is stale: it differs from what the parameter declarations generate. Regenerate it with"
                + " -Dskilleval.regenerate=true (see GeneratedFiles)");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file.toAbsolutePath(), e);
        }
    }
}
