package org.skilleval.core.lifecycle.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Version;
import org.skilleval.core.lifecycle.PluginUploadService.Check;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;

/**
 * Reads an uploaded jar without running any of it, and says whether it is a plugin bundle the
 * platform may install: an OSGi bundle (manifest version 2, a symbolic name outside the platform's
 * own {@code org.skilleval} names, a valid version) that imports only allowed packages, exports
 * nothing, and neither requires bundles, attaches as a fragment nor imports dynamically. The
 * resolver hook enforces the imports again at runtime; this check only refuses early and explains.
 */
final class PluginBundleCheck {

    /** What the check found: the bundle's identity when it has one, each check's outcome, the refusals. */
    record Result(String symbolicName, String version, List<Check> checks, List<Violation> violations) {}

    private static final String FIELD = "file";
    private static final int MAX_ENTRIES = 10_000;

    private PluginBundleCheck() {}

    static Result check(byte[] jar, Predicate<String> allowedImport) {
        List<Check> checks = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Manifest manifest;
        int entries = 0;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar), false)) {
            manifest = in.getManifest();
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (++entries > MAX_ENTRIES) {
                    break;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            manifest = null;
        }
        if (manifest == null) {
            refuse(
                    checks,
                    violations,
                    "bundle",
                    "不是有效的 JAR 文件，或缺少 META-INF/MANIFEST.MF",
                    "not a readable jar with a META-INF/MANIFEST.MF");
            return new Result("", "", checks, violations);
        }
        if (entries > MAX_ENTRIES) {
            refuse(
                    checks,
                    violations,
                    "bundle",
                    "JAR 中的文件超过 " + MAX_ENTRIES + " 个",
                    "more than " + MAX_ENTRIES + " entries in the jar");
            return new Result("", "", checks, violations);
        }
        Attributes main = manifest.getMainAttributes();
        String manifestVersion = header(main, "Bundle-ManifestVersion");
        String symbolicName = firstPath(header(main, "Bundle-SymbolicName"));
        String rawVersion = header(main, "Bundle-Version");
        String version = "";
        List<Violation> identity = new ArrayList<>();
        if (!"2".equals(manifestVersion)) {
            identity.add(violation(
                    "bundle",
                    "清单缺少 Bundle-ManifestVersion: 2，不是有效的插件包",
                    "the manifest lacks Bundle-ManifestVersion: 2; not an OSGi bundle"));
        }
        if (symbolicName.isEmpty()) {
            identity.add(violation("bundle", "清单缺少 Bundle-SymbolicName", "the manifest has no Bundle-SymbolicName"));
        } else if (symbolicName.equals("org.skilleval") || symbolicName.startsWith("org.skilleval.")) {
            identity.add(violation(
                    "symbolic-name",
                    "Bundle-SymbolicName 不能以 org.skilleval 开头（平台保留）",
                    "a Bundle-SymbolicName starting with org.skilleval is reserved for the platform"));
        } else if (symbolicName.length() > 255) {
            identity.add(violation("symbolic-name", "Bundle-SymbolicName 过长", "the Bundle-SymbolicName is too long"));
        }
        try {
            version =
                    rawVersion.isEmpty() ? "" : Version.parseVersion(rawVersion).toString();
        } catch (IllegalArgumentException malformed) {
            version = "";
        }
        if (version.isEmpty()) {
            identity.add(violation(
                    "bundle",
                    "Bundle-Version 缺失或格式错误（应为 主.次.微[.限定]）",
                    "the Bundle-Version is missing or malformed (major.minor.micro[.qualifier])"));
        }
        record(
                checks,
                violations,
                "bundle",
                identity,
                "是有效的插件包：" + symbolicName + " " + version,
                "a valid OSGi bundle: " + symbolicName + " " + version);

        List<Violation> imports = new ArrayList<>();
        for (String clause : HeaderClauses.split(header(main, "Import-Package"))) {
            for (String packageName : HeaderClauses.paths(clause)) {
                if (!allowedImport.test(packageName)) {
                    imports.add(
                            violation(
                                    "imports",
                                    "不允许导入包 " + packageName + "：插件只能导入插件 API、java.* 和省中心允许的库",
                                    "the package " + packageName
                                            + " may not be imported: plugins import only the plugin API, java.* and the libraries the province allows"));
                }
            }
        }
        for (String clause : HeaderClauses.split(header(main, "DynamicImport-Package"))) {
            for (String pattern : HeaderClauses.paths(clause)) {
                if (pattern.contains("*") || !allowedImport.test(pattern)) {
                    imports.add(violation(
                            "imports", "不允许动态导入 " + pattern, "the dynamic import " + pattern + " is not allowed"));
                }
            }
        }
        record(checks, violations, "imports", imports, "只导入允许的包", "imports only allowed packages");

        List<Violation> wiring = new ArrayList<>();
        if (!header(main, "Require-Bundle").isEmpty()) {
            wiring.add(violation("wiring", "插件不能使用 Require-Bundle", "a plugin may not use Require-Bundle"));
        }
        if (!header(main, "Fragment-Host").isEmpty()) {
            wiring.add(
                    violation("wiring", "插件不能是片段包（Fragment-Host）", "a plugin may not be a fragment (Fragment-Host)"));
        }
        if (!HeaderClauses.split(header(main, "Export-Package")).isEmpty()) {
            wiring.add(violation(
                    "wiring",
                    "插件不能导出包（Export-Package）：插件只注册服务",
                    "a plugin may not export packages (Export-Package): it only registers services"));
        }
        record(checks, violations, "wiring", wiring, "不依赖其他插件包、不导出包", "requires no bundle and exports nothing");
        return new Result(symbolicName, version, checks, violations);
    }

    private static void record(
            List<Check> checks, List<Violation> violations, String name, List<Violation> found, String zh, String en) {
        if (found.isEmpty()) {
            checks.add(new Check(name, true, LocalizedText.of(zh, en)));
            return;
        }
        for (Violation violation : found) {
            checks.add(new Check(name, false, violation.message()));
            violations.add(violation);
        }
    }

    private static void refuse(List<Check> checks, List<Violation> violations, String name, String zh, String en) {
        Violation violation = violation(name, zh, en);
        checks.add(new Check(name, false, violation.message()));
        violations.add(violation);
    }

    static Violation violation(String rule, String zh, String en) {
        return new Violation(FIELD, rule, LocalizedText.of(zh, en));
    }

    private static String header(Attributes attributes, String name) {
        String value = attributes.getValue(name);
        return value == null ? "" : value.strip();
    }

    private static String firstPath(String header) {
        List<String> clauses = HeaderClauses.split(header);
        if (clauses.isEmpty()) {
            return "";
        }
        List<String> paths = HeaderClauses.paths(clauses.get(0));
        return paths.isEmpty() ? "" : paths.get(0);
    }

    /** The clauses of an OSGi manifest header: commas outside quotes separate them. */
    static final class HeaderClauses {

        private HeaderClauses() {}

        static List<String> split(String header) {
            List<String> clauses = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == ',' && !quoted) {
                    add(clauses, current);
                } else {
                    current.append(c);
                }
            }
            add(clauses, current);
            return clauses;
        }

        /** The paths of a clause: its leading parts separated by {@code ;}, before any attribute or directive. */
        static List<String> paths(String clause) {
            List<String> paths = new ArrayList<>();
            for (String part : clause.split(";")) {
                String trimmed = part.strip();
                if (trimmed.contains("=")) {
                    break;
                }
                if (!trimmed.isEmpty()) {
                    paths.add(trimmed);
                }
            }
            return paths;
        }

        private static void add(List<String> clauses, StringBuilder current) {
            String clause = current.toString().strip();
            if (!clause.isEmpty()) {
                clauses.add(clause);
            }
            current.setLength(0);
        }
    }
}
