package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.skilleval.plugin.api.dto.Violation;

class PluginBundleCheckTest {

    private static final Predicate<String> ALLOWED =
            p -> p.startsWith("org.skilleval.plugin.api") || p.equals("org.slf4j");

    @Test
    void aPluginImportingOnlyTheApiPasses() throws IOException {
        PluginBundleCheck.Result result = PluginBundleCheck.check(
                jar(
                        Map.of(
                                "Bundle-ManifestVersion",
                                "2",
                                "Bundle-SymbolicName",
                                "com.example.mentoring;singleton:=true",
                                "Bundle-Version",
                                "1.0",
                                "Import-Package",
                                "org.skilleval.plugin.api;version=\"[1.2,2)\",org.skilleval.plugin.api.dto;version=\"[1.1,2)\",org.slf4j")),
                ALLOWED);

        assertEquals(List.of(), result.violations());
        assertEquals("com.example.mentoring", result.symbolicName());
        assertEquals("1.0.0", result.version());
        assertTrue(result.checks().stream().allMatch(c -> c.passed()));
    }

    @Test
    void aCoreImportIsRefusedByName() throws IOException {
        PluginBundleCheck.Result result = PluginBundleCheck.check(
                jar(Map.of(
                        "Bundle-ManifestVersion", "2",
                        "Bundle-SymbolicName", "com.example.evil",
                        "Bundle-Version", "1.0.0",
                        "Import-Package", "org.skilleval.plugin.api,org.skilleval.core.persistence;version=\"[3,4)\"")),
                ALLOWED);

        assertEquals(1, result.violations().size());
        Violation violation = result.violations().get(0);
        assertEquals("imports", violation.rule());
        assertTrue(violation.message().en().contains("org.skilleval.core.persistence"));
    }

    @Test
    void exportsFragmentsRequireBundleAndReservedNamesAreRefused() throws IOException {
        PluginBundleCheck.Result result = PluginBundleCheck.check(
                jar(Map.of(
                        "Bundle-ManifestVersion", "2",
                        "Bundle-SymbolicName", "org.skilleval.core.fake",
                        "Bundle-Version", "1.0.0",
                        "Export-Package", "org.slf4j",
                        "Fragment-Host", "org.skilleval.core.lifecycle",
                        "Require-Bundle", "org.skilleval.core.persistence",
                        "DynamicImport-Package", "*")),
                ALLOWED);

        List<String> rules = result.violations().stream().map(Violation::rule).toList();
        assertTrue(rules.contains("symbolic-name"), rules.toString());
        assertEquals(3, rules.stream().filter("wiring"::equals).count(), rules.toString());
        assertTrue(rules.contains("imports"), rules.toString());
    }

    @Test
    void aFileThatIsNoBundleIsRefused() throws IOException {
        assertEquals(
                "bundle",
                PluginBundleCheck.check("%PDF-1.7".getBytes(), ALLOWED)
                        .violations()
                        .get(0)
                        .rule());
        List<String> rules =
                PluginBundleCheck.check(jar(Map.of("Bundle-Version", "x.y")), ALLOWED).violations().stream()
                        .map(Violation::rule)
                        .toList();
        assertEquals(List.of("bundle", "bundle", "bundle"), rules);
    }

    static byte[] jar(Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((name, value) -> manifest.getMainAttributes().putValue(name, value));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.flush();
        }
        return bytes.toByteArray();
    }
}
