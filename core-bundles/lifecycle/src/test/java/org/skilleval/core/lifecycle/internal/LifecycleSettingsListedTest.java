package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The operator's file {@code etc/org.skilleval.core.lifecycle.cfg} lists every lifecycle setting
 * (commented out, with its default), so that a setting added to the code cannot go missing there.
 */
class LifecycleSettingsListedTest {

    private static final Path SHIPPED_FILE =
            Path.of("../../karaf-distribution/assembly/src/main/distribution/etc/org.skilleval.core.lifecycle.cfg");

    @Test
    void theShippedConfigurationFileListsEverySettingWithItsDefault() throws IOException {
        String file = Files.readString(SHIPPED_FILE);
        List<String> missing = Arrays.stream(LifecycleConfiguration.class.getDeclaredMethods())
                .filter(m -> m.getDefaultValue() != null)
                .filter(m -> !listedWithDefault(file, m))
                .map(m -> m.getName() + " = " + m.getDefaultValue())
                .sorted()
                .toList();

        assertEquals(List.of(), missing, "settings missing from " + SHIPPED_FILE);
    }

    /** Whether the file has the line {@code #name = default}; numbers compare by value (0.10 is 0.1). */
    private static boolean listedWithDefault(String file, Method setting) {
        Matcher line =
                Pattern.compile("(?m)^#" + setting.getName() + " = (\\S+)$").matcher(file);
        if (!line.find()) {
            return false;
        }
        Object value = setting.getDefaultValue();
        return value instanceof Number
                ? new BigDecimal(line.group(1)).compareTo(new BigDecimal(value.toString())) == 0
                : line.group(1).equals(value.toString());
    }
}
