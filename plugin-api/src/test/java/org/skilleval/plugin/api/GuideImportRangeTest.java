package org.skilleval.plugin.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plugin guide tells a developer the import ranges bnd writes for a plugin compiled against this
 * API; they follow the exported package versions, so a version bump without the guide fails here
 * (the guide once said 1.0 for two releases).
 */
class GuideImportRangeTest {

    private static final Path GUIDE = Path.of("../docs/plugin-guide.md");

    @Test
    void theGuideStatesTheRangesOfTheCurrentApi() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        String api = minorVersion("src/main/java/org/skilleval/plugin/api/package-info.java");
        String dto = minorVersion("src/main/java/org/skilleval/plugin/api/dto/package-info.java");
        for (String expected : new String[] {
            "针对 API " + api + " 编译",
            "against API " + api + ":",
            "org.skilleval.plugin.api;version=\"[" + api + ",2)\"",
            "org.skilleval.plugin.api.dto;version=\"[" + dto + ",2)\""
        }) {
            assertTrue(
                    guide.contains(expected),
                    GUIDE.toAbsolutePath().normalize() + " does not say " + expected
                            + ": update the Dependencies rows (中文 and English) to the exported versions");
        }
    }

    /**
     * The exported version of a package, {@code 1.3.0} → {@code 1.3} (the floor bnd writes for a
     * consumer), read from its source: the annotation is not kept at run time.
     */
    private static String minorVersion(String packageInfo) throws IOException {
        Matcher version = Pattern.compile("@Version\\(\"(\\d+)\\.(\\d+)\\.\\d+\"\\)")
                .matcher(Files.readString(Path.of(packageInfo), StandardCharsets.UTF_8));
        assertTrue(version.find(), packageInfo + " has no @Version");
        return version.group(1) + "." + version.group(2);
    }
}
