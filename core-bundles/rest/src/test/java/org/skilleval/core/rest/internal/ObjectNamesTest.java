package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.skilleval.core.lifecycle.AuditService;

/** Every kind of object the core names in a refusal has a Chinese and an English name. */
class ObjectNamesTest {

    private static final Pattern KIND = Pattern.compile(
            "(?:NotFoundException\\(\\s*|NotFoundException\\.described\\(\\s*|OBJECT_TYPE\\s*=\\s*)\"([A-Za-z]+)\"");

    @Test
    void everyKindTheCoreRefusesByHasAName() throws IOException {
        Set<String> kinds = new TreeSet<>(AuditService.OBJECT_TYPES);
        try (Stream<Path> sources = Files.walk(Path.of("..")).filter(ObjectNamesTest::isMainSource)) {
            for (Path source : sources.toList()) {
                Matcher matcher = KIND.matcher(Files.readString(source));
                while (matcher.find()) {
                    kinds.add(matcher.group(1));
                }
            }
        }
        assertTrue(kinds.size() > 15, "found " + kinds);
        Set<String> unnamed = new TreeSet<>();
        kinds.stream().filter(kind -> !ObjectNames.knows(kind)).forEach(unnamed::add);
        assertEquals(Set.of(), unnamed);
    }

    @Test
    void namesAreChineseInChineseAndEnglishInEnglish() {
        assertEquals("证书", ObjectNames.of("Certificate").zh());
        assertEquals("certificate", ObjectNames.of("Certificate").en());
        assertEquals("记录", ObjectNames.of("SomethingNew").zh());
    }

    private static boolean isMainSource(Path path) {
        String text = path.toString().replace('\\', '/');
        return text.endsWith(".java") && text.contains("/src/main/java/") && !text.contains("/target/");
    }
}
