package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Enterprise-owned plugins through REST: an enterprise uploads its bundle, the static check
 * answers, its city approves, the platform installs it with no operator, and only that enterprise's
 * plans may use it. And containment: a plugin bundle that imports a core package never resolves,
 * however it was installed.
 */
public class PluginUploadIT extends SkillEvalTestSupport {

    private static final String MENTORING = "nanjing-equipment-mentoring";
    private static final String EXAMPLE = "com.example.nanjingequipment.mentoring";
    /** The example under another symbolic name, so that its versions do not meet the other test's uploads. */
    private static final String UPGRADED = "com.example.nanjingequipment.mentoring.upgrades";

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String SUZHOU_PRECISION = "91320500MA1PX00038";

    private final List<Bundle> installedByTest = new ArrayList<>();

    @After
    public void uninstallWhatTheTestInstalled() throws BundleException {
        for (String symbolicName : List.of(EXAMPLE, UPGRADED)) {
            Bundle example;
            while ((example = bundle(symbolicName)) != null) {
                example.uninstall();
            }
        }
        for (Bundle bundle : installedByTest) {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        }
    }

    @Test
    public void aPluginBundleImportingACorePackageNeverResolvesHoweverItIsInstalled() throws Exception {
        byte[] sneaky = bundleJar("com.example.sneaky", "org.skilleval.plugin.api,org.skilleval.core.persistence");
        byte[] honest = bundleJar("com.example.honest", "org.skilleval.plugin.api,org.slf4j");
        FrameworkWiring wiring = bundleContext.getBundle(0).adapt(FrameworkWiring.class);

        // As the platform installs an approved upload
        Bundle uploaded = install("skilleval-upload:" + NANJING_EQUIPMENT + "/900001", sneaky);
        // As an operator drops a jar into deploy/ (or bundle:install file:...)
        Bundle dropped = install(
                "file:/tmp/deploy/com.example.dropped.jar",
                bundleJar("com.example.dropped", "org.skilleval.plugin.api,org.skilleval.core.persistence"));
        Bundle allowed = install("skilleval-upload:" + NANJING_EQUIPMENT + "/900002", honest);

        assertFalse(wiring.resolveBundles(List.of(uploaded, dropped)));
        assertEquals("an uploaded bundle importing a core package", Bundle.INSTALLED, uploaded.getState());
        assertEquals("a dropped-in plugin importing a core package", Bundle.INSTALLED, dropped.getState());
        try {
            uploaded.start();
            fail("a bundle importing org.skilleval.core.persistence started");
        } catch (BundleException unresolved) {
            assertTrue(unresolved.getMessage(), unresolved.getMessage().contains("org.skilleval.core.persistence"));
        }
        assertTrue("the same bundle importing only allowed packages resolves", wiring.resolveBundles(List.of(allowed)));
        assertEquals(Bundle.RESOLVED, allowed.getState());

        // The core package is there for the platform's own bundles: only plugins are kept from it.
        Bundle core = bundle("org.skilleval.core.lifecycle");
        assertEquals(Bundle.ACTIVE, core.getState());

        // And the upload API refuses it before it is ever stored, saying why
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        long round = newRound(province, 2073);
        acceptedParticipation(round, NANJING_EQUIPMENT, "南京某装备集团有限公司", nanjing, province);
        HttpResponse<String> refused = uploadJar(sneaky, "sneaky.jar", hr);
        assertRefused("imports", refused);
        assertTrue(refused.body(), refused.body().contains("org.skilleval.core.persistence"));
        for (JsonNode stored : ok(get("/api/plugin-uploads", hr)).get("items")) {
            String name = stored.get("symbolicName").asText();
            assertFalse("a refused upload is not stored: " + name, name.equals("com.example.sneaky"));
        }
    }

    @Test
    public void anUploadApprovedByItsCityIsInstalledAndUsableOnlyInItsOwnEnterprisesPlans() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String suzhou = login("suzhou", "suzhou-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        String otherHr = login("suzhou-precision-hr", "enterprise-demo");
        long round = newRound(province, 2074);
        long ownParticipation = acceptedParticipation(round, NANJING_EQUIPMENT, "南京某装备集团有限公司", nanjing, province);
        long otherParticipation = acceptedParticipation(round, SUZHOU_PRECISION, "苏州某精密机械有限公司", suzhou, province);
        assertFalse(
                "the distribution does not ship the example", listedPluginIds().contains(MENTORING));

        // Upload: checked and stored, pending, with its report
        byte[] jar = Files.readAllBytes(new File(System.getProperty(EXAMPLE_JAR_PROPERTY)).toPath());
        JsonNode uploaded = created(uploadJar(jar, "mentoring.jar", hr));
        JsonNode upload = uploaded.get("upload");
        long id = upload.get("id").asLong();
        assertEquals("PENDING", upload.get("status").asText());
        assertEquals(EXAMPLE, upload.get("symbolicName").asText());
        assertEquals("nanjing-equipment-hr", upload.get("uploadedBy").asText());
        assertTrue(uploaded.toString(), checkPassed(uploaded, "imports"));
        assertTrue(uploaded.toString(), checkPassed(uploaded, "bundle"));
        assertNull("nothing is installed before the review", bundle(EXAMPLE));

        // Tenancy: another enterprise and another city do not see it; an enterprise cannot approve
        assertEquals(404, get("/api/plugin-uploads/" + id, otherHr).statusCode());
        assertEquals(0, ok(get("/api/plugin-uploads", otherHr)).get("total").asInt());
        assertEquals(404, get("/api/plugin-uploads/" + id, suzhou).statusCode());
        String approval = body("approve", true, "version", version(upload), "reason", "已审查源码：只读取专家打分，无文件和网络访问");
        assertEquals(
                404,
                post("/api/plugin-uploads/" + id + "/review", approval, suzhou).statusCode());
        assertEquals(
                403, post("/api/plugin-uploads/" + id + "/review", approval, hr).statusCode());
        String noReason = body("approve", true, "version", version(upload));
        assertRefused("required", post("/api/plugin-uploads/" + id + "/review", noReason, nanjing));

        // The city approves: installed at once, owned by the enterprise
        JsonNode approved = ok(post("/api/plugin-uploads/" + id + "/review", approval, nanjing));
        assertEquals("INSTALLED", approved.get("status").asText());
        assertEquals("nanjing", approved.get("reviewedBy").asText());
        Bundle installed = bundle(EXAMPLE);
        assertNotNull(installed);
        assertEquals("skilleval-upload:" + NANJING_EQUIPMENT + "/" + id, installed.getLocation());
        awaitListedPlugins("the approved upload is listed", ids -> ids.contains(MENTORING));
        JsonNode listed = listedPlugin(MENTORING);
        assertEquals(listed.toString(), "ACTIVE", listed.get("state").asText());
        assertEquals(NANJING_EQUIPMENT, listed.get("enterprise").asText());

        // Usable in its own enterprise's plan, refused in another enterprise's
        created(post("/api/work-plans", plan(ownParticipation), hr));
        assertRefused("enterprise-plugin", post("/api/work-plans", plan(otherParticipation), otherHr));

        // The audit trail names the uploader and the reviewer
        JsonNode trail = ok(get("/api/audit?objectType=PluginUpload&objectId=" + id, province));
        List<String> actions = new ArrayList<>();
        trail.get("items")
                .forEach(e -> actions.add(
                        e.get("actor").asText() + ":" + e.get("action").asText()));
        assertTrue(actions.toString(), actions.contains("nanjing-equipment-hr:upload"));
        assertTrue(actions.toString(), actions.contains("nanjing:approve"));

        // Removal takes the same path: the enterprise asks, its city approves, the bundle goes
        JsonNode asked = ok(post(
                "/api/plugin-uploads/" + id + "/removal", body("version", version(approved), "reason", "改用新版"), hr));
        assertEquals("REMOVAL_PENDING", asked.get("status").asText());
        assertNotNull("still installed while the removal waits", bundle(EXAMPLE));
        JsonNode removed = ok(post(
                "/api/plugin-uploads/" + id + "/review",
                body("approve", true, "version", version(asked), "reason", "同意移除"),
                nanjing));
        assertEquals("REMOVED", removed.get("status").asText());
        assertNull(bundle(EXAMPLE));
        awaitListedPlugins("the removed plugin is gone", ids -> !ids.contains(MENTORING));
    }

    @Test
    public void anUpgradeRunsBesideThePinnedVersionUntilTheProvinceMigratesThePlan() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        long round = newRound(province, 2081);
        long participation = acceptedParticipation(round, NANJING_EQUIPMENT, "南京某装备集团有限公司", nanjing, province);
        byte[] example = Files.readAllBytes(new File(System.getProperty(EXAMPLE_JAR_PROPERTY)).toPath());

        // 1.0.0 uploaded, approved, chosen by a plan the province approves: pinned to 1.0.0
        long first = approvedUpload(withIdentity(example, UPGRADED, "1.0.0"), hr, nanjing);
        JsonNode plan = created(post("/api/work-plans", plan(participation), hr));
        String planPath = "/api/work-plans/" + plan.get("id").asLong();
        plan = ok(post(planPath + "/publish", versionBody(plan), hr));
        plan = ok(post(planPath + "/submit", versionBody(plan), hr));
        plan = ok(post(planPath + "/review", body("approve", true, "version", version(plan)), province));
        assertEquals("1.0.0", plan.at("/methods/0/pinnedVersion").asText());

        // 1.1.0 takes the same path: refused while not newer, then approved and run beside 1.0.0
        assertRefused("ownership", uploadJar(withIdentity(example, UPGRADED, "1.0.0"), "again.jar", hr));
        long second = approvedUpload(withIdentity(example, UPGRADED, "1.1.0"), hr, nanjing);
        JsonNode info = ok(get("/api/plugins/" + MENTORING, province));
        List<String> versions = new ArrayList<>();
        info.get("versions")
                .forEach(v -> versions.add(
                        v.get("bundleVersion").asText() + ":" + v.get("state").asText()));
        assertTrue(versions.toString(), versions.containsAll(List.of("1.0.0:ACTIVE", "1.1.0:ACTIVE")));
        assertEquals(
                "an approved plan keeps the version it was approved with",
                "1.0.0",
                ok(get(planPath, hr)).at("/methods/0/pinnedVersion").asText());

        // The province previews the move and migrates the plan; the plugin events name uploader and reviewer
        JsonNode shadow = ok(get(planPath + "/migrations/shadow?pluginId=" + MENTORING + "&toVersion=1.1.0", province));
        assertEquals("1.0.0", shadow.get("fromVersion").asText());
        JsonNode migrated = ok(post(
                planPath + "/migrations",
                body(
                        "version",
                        version(ok(get(planPath, province))),
                        "pluginId",
                        MENTORING,
                        "toVersion",
                        "1.1.0",
                        "note",
                        "企业上传的新版本已审查"),
                province));
        assertEquals("1.1.0", migrated.at("/methods/0/pinnedVersion").asText());
        JsonNode events = ok(get("/api/plugins/events?limit=50", nanjing));
        boolean named = false;
        for (JsonNode event : events.get("items")) {
            if (event.get("bundleSymbolicName").asText().equals(UPGRADED)
                    && event.get("bundleVersion").asText().equals("1.1.0")) {
                assertEquals(
                        event.toString(),
                        "nanjing-equipment-hr",
                        event.at("/upload/uploadedBy").asText());
                assertEquals(
                        event.toString(),
                        "nanjing",
                        event.at("/upload/reviewedBy").asText());
                named = true;
            }
        }
        assertTrue(events.toString(), named);

        // Removing the old version leaves the migrated plan on the new one
        removeUpload(first, hr, nanjing);
        assertEquals(List.of("1.1.0"), awaitListedVersions(List.of("1.1.0")));
        removeUpload(second, hr, nanjing);
        awaitListedPlugins("both versions are gone", ids -> !ids.contains(MENTORING));
    }

    /** The versions of the mentoring plugin listed, once they are these (or what they are after 30 s). */
    private List<String> awaitListedVersions(List<String> expected) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            List<String> listed = new ArrayList<>();
            for (JsonNode plugin : getJson("/api/plugins", 200).get("items")) {
                if (plugin.get("id").asText().equals(MENTORING)) {
                    listed.add(plugin.get("bundleVersion").asText());
                }
            }
            if (listed.equals(expected) || System.nanoTime() > deadline) {
                return listed;
            }
            Thread.sleep(200);
        }
    }

    private long approvedUpload(byte[] jar, String hr, String city) throws Exception {
        JsonNode upload = created(uploadJar(jar, "mentoring.jar", hr)).get("upload");
        String path = "/api/plugin-uploads/" + upload.get("id").asLong();
        JsonNode approved =
                ok(post(path + "/review", body("approve", true, "version", version(upload), "reason", "已审查源码"), city));
        assertEquals("INSTALLED", approved.get("status").asText());
        return upload.get("id").asLong();
    }

    private void removeUpload(long id, String hr, String city) throws Exception {
        String path = "/api/plugin-uploads/" + id;
        JsonNode asked = ok(post(path + "/removal", body("version", version(ok(get(path, hr))), "reason", "不再使用"), hr));
        assertEquals(
                "REMOVED",
                ok(post(path + "/review", body("approve", true, "version", version(asked), "reason", "同意"), city))
                        .get("status")
                        .asText());
    }

    /** The jar with another symbolic name and version, every entry kept. */
    private static byte[] withIdentity(byte[] jar, String symbolicName, String version) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
            manifest.getMainAttributes().putValue("Bundle-Version", version);
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                JarEntry entry;
                while ((entry = in.getNextJarEntry()) != null) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private Bundle install(String location, byte[] jar) throws BundleException {
        Bundle bundle = bundleContext.installBundle(location, new ByteArrayInputStream(jar));
        installedByTest.add(bundle);
        return bundle;
    }

    private HttpResponse<String> uploadJar(byte[] jar, String fileName, String token)
            throws IOException, InterruptedException {
        return api().send("POST", "/api/plugin-uploads?fileName=" + fileName, "application/java-archive", jar, token);
    }

    private static boolean checkPassed(JsonNode uploaded, String check) {
        for (JsonNode c : uploaded.get("report")) {
            if (c.get("check").asText().equals(check) && !c.get("passed").asBoolean()) {
                return false;
            }
        }
        return true;
    }

    private long newRound(String province, int year) throws Exception {
        return created(post("/api/rounds", body("year", year, "batch", 1), province))
                .get("id")
                .asLong();
    }

    private static String plan(long participationId) throws IOException {
        return body(
                "participationId",
                participationId,
                "occupations",
                List.of("车工"),
                "criteria",
                "在高级技师岗位工作满5年、传师带徒成果显著",
                "methods",
                List.of(Map.of("pluginId", MENTORING, "configuration", Map.of("minExperts", "5"))),
                "scheme",
                Map.of(
                        "pluginId",
                        "weighted-sum",
                        "configuration",
                        Map.of("weight." + MENTORING, "100", "passLine", "60")),
                "organisation",
                "企业评审委员会",
                "schedule",
                "1月申报，2月评审");
    }

    /** A bundle with nothing in it but a manifest importing the given packages. */
    private static byte[] bundleJar(String symbolicName, String imports) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", imports);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.flush();
        }
        return bytes.toByteArray();
    }
}
