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
    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String SUZHOU_PRECISION = "91320500MA1PX00038";

    private final List<Bundle> installedByTest = new ArrayList<>();

    @After
    public void uninstallWhatTheTestInstalled() throws BundleException {
        Bundle example;
        while ((example = bundle(EXAMPLE)) != null) {
            example.uninstall();
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
