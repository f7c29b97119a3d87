package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * Two versions of a shipped plugin side by side in the running distribution: a round's plan
 * approved on oral-defense keeps evaluating on the version it pinned while a second version of the
 * bundle is installed beside it; the shadow evaluation shows every candidate under both; the
 * province migrates the plan, and the next evaluation names the new version in its provenance.
 *
 * <p>The second version is the shipped oral-defense bundle's own content with another
 * {@code Bundle-Version} (so both compute alike), installed at runtime as an operator would
 * install a jar.
 */
public class PluginMigrationIT extends SkillEvalTestSupport {

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String WANG_ID = "11010519491231002X";
    private static final String ORAL = "oral-defense";
    private static final String LATHE = "车工";
    private static final String SECOND_VERSION = "9.0.0";

    private static final String FORM =
            "{\"name\":\"王师傅\",\"idNumber\":\"" + WANG_ID + "\",\"photoAttachmentId\":\"PHOTO\","
                    + "\"birthMonth\":\"1949-12\",\"education\":\"大专\",\"qualification\":{\"levelText\":\"高级技师\","
                    + "\"occupation\":\"车工\",\"certificateNumber\":\"1532000000100001\",\"certifiedOn\":\"2010-06-01\"},"
                    + "\"employer\":\"南京某装备集团\",\"department\":\"机加车间\",\"address\":\"南京市江宁区某路1号\","
                    + "\"email\":\"worker@example.com\",\"phone\":\"13912345678\",\"fieldOfExpertise\":\"精密加工\","
                    + "\"educationAndCareer\":[{\"from\":\"1990-07\",\"organisation\":\"南京某装备集团\",\"role\":\"车工\"}],"
                    + "\"achievements\":\"攻克高精度主轴加工难题\",\"declaration\":{\"accepted\":true,\"signedOn\":\"2026-11-20\"},"
                    + "\"appliedOccupation\":\"车工\",\"basis\":\"A_SENIOR_TECHNICIAN\",\"postSince\":\"2015-07-01\","
                    + "\"stillInOccupation\":true,\"priorityConditions\":[{\"condition\":\"MODEL_WORKER\","
                    + "\"evidenceAttachmentIds\":[\"EVIDENCE\"]}]}";

    private static final String POINTS =
            "{\"points\":{\"professional-knowledge\":25,\"problem-solving\":25,\"innovation\":15,\"expression\":15}}";

    /** The five demo experts: user name → expert id (their JAAS scope). */
    private static final Map<String, String> EXPERTS = new LinkedHashMap<>();

    static {
        EXPERTS.put("expert-zhou", "NJ-EXP-01");
        EXPERTS.put("expert-qian", "NJ-EXP-02");
        EXPERTS.put("expert-sun", "NJ-EXP-03");
        EXPERTS.put("expert-wu", "NJ-EXP-04");
        EXPERTS.put("expert-zheng", "NJ-EXP-05");
    }

    private final Map<String, String> tokens = new LinkedHashMap<>();

    @Test
    public void aPinnedPlanKeepsItsVersionBesideASecondOneUntilTheProvinceMigratesAfterAShadowEvaluation()
            throws Exception {
        signIn();
        String province = tokens.get("province");
        String hr = tokens.get("nanjing-equipment-hr");
        Bundle shipped = bundle(ORAL_DEFENSE);
        assertNotNull("the distribution ships oral-defense", shipped);
        String firstVersion = shipped.getVersion().toString();

        // A round of 2070 (the real clock): Nanjing's equipment group with a plan approved now, on the shipped version.
        long round = json(assertCreated(post("/api/rounds", "{\"year\":2070,\"batch\":1}", province)))
                .get("id")
                .asLong();
        long participation = acceptedParticipation(
                round, NANJING_EQUIPMENT, "南京某装备集团", tokens.get("nanjing"), tokens.get("province"));
        long planId = approvedPlan(participation, hr);
        JsonNode plan = ok(get("/api/work-plans/" + planId, hr));
        assertEquals(
                plan.toString(),
                firstVersion,
                plan.at("/methods/0/pinnedVersion").asText());

        Bundle second = installSecondVersion(shipped);
        try {
            // Both versions run side by side, both ACTIVE.
            awaitListedPlugins(
                    "a second oral-defense is registered",
                    ids -> activeVersions().size() == 2);
            assertEquals(List.of(firstVersion, SECOND_VERSION), activeVersions());

            // The plan keeps evaluating on the version it pinned.
            long wang = endorsedApplication(participation);
            panel(participation, hr);
            for (String expert : EXPERTS.keySet()) {
                String sheet = "/api/assessments/" + wang + "/sheets/" + ORAL;
                JsonNode draft = ok(putJson(sheet, POINTS, tokens.get(expert)));
                ok(post(
                        sheet + "/submit",
                        "{\"version\":" + draft.get("version").asLong() + "}",
                        tokens.get(expert)));
            }
            JsonNode pinned = ok(post("/api/assessments/" + wang + "/evaluate", "{}", hr));
            assertEquals(
                    pinned.toString(),
                    ORAL_DEFENSE,
                    pinned.at("/provenance/0/bundleSymbolicName").asText());
            assertEquals(
                    pinned.toString(),
                    firstVersion,
                    pinned.at("/provenance/0/bundleVersion").asText());

            // The shadow evaluation shows the candidate under both versions; nothing changes.
            String shadowPath = "/api/work-plans/" + planId + "/migrations/shadow?pluginId=" + ORAL + "&toVersion=";
            JsonNode shadow = ok(get(shadowPath + SECOND_VERSION, province));
            assertEquals(
                    shadow.toString(), firstVersion, shadow.get("fromVersion").asText());
            assertEquals(
                    shadow.toString(), SECOND_VERSION, shadow.get("toVersion").asText());
            assertEquals(shadow.toString(), 1, shadow.at("/summary/candidates").asInt());
            JsonNode row = shadow.at("/candidates/0");
            assertEquals(shadow.toString(), wang, row.get("applicationId").asLong());
            assertEquals(shadow.toString(), "SHEETS", row.get("inputs").asText());
            assertFalse(shadow.toString(), shadow.toString().contains(WANG_ID));
            assertEquals(
                    shadow.toString(),
                    0,
                    pinned.get("total")
                            .decimalValue()
                            .compareTo(row.at("/before/total").decimalValue()));
            assertEquals(
                    shadow.toString(),
                    0,
                    row.at("/before/total")
                            .decimalValue()
                            .compareTo(row.at("/after/total").decimalValue()));
            assertTrue(shadow.toString(), row.at("/after/passed").asBoolean());
            assertEquals(shadow.toString(), 1, row.get("rankBefore").asInt());
            assertEquals(shadow.toString(), 0, row.get("rankMovement").asInt());
            assertEquals(shadow.toString(), 0, shadow.at("/summary/nowFailing").asInt());
            // The enterprise may look too; a version not installed is refused.
            ok(get(shadowPath + SECOND_VERSION, hr));
            HttpResponse<String> absent = get(shadowPath + "8.0.0", province);
            assertEquals(absent.body(), 422, absent.statusCode());
            assertTrue(absent.body(), absent.body().contains("plugin-unavailable"));

            // Only the province migrates; then the plan pins the second version.
            plan = ok(get("/api/work-plans/" + planId, province));
            String migration = "{\"version\":" + plan.get("version").asLong() + ",\"pluginId\":\"" + ORAL
                    + "\",\"toVersion\":\"" + SECOND_VERSION + "\",\"note\":\"升级口头答辩插件\"}";
            HttpResponse<String> byEnterprise = post("/api/work-plans/" + planId + "/migrations", migration, hr);
            assertEquals(byEnterprise.body(), 403, byEnterprise.statusCode());
            JsonNode migrated = ok(post("/api/work-plans/" + planId + "/migrations", migration, province));
            assertEquals(
                    migrated.toString(),
                    SECOND_VERSION,
                    migrated.at("/methods/0/pinnedVersion").asText());
            assertEquals(migrated.toString(), "APPROVED", migrated.get("status").asText());
            HttpResponse<String> again = post(
                    "/api/work-plans/" + planId + "/migrations",
                    migration.replace(
                            "\"version\":" + plan.get("version").asLong(),
                            "\"version\":" + migrated.get("version").asLong()),
                    province);
            assertEquals(again.body(), 422, again.statusCode());
            assertTrue(again.body(), again.body().contains("same-version"));

            // The stored result keeps its provenance; the next evaluation names the second version.
            JsonNode stored = ok(get("/api/assessments/" + wang + "/result", province));
            assertEquals(
                    stored.toString(),
                    firstVersion,
                    stored.at("/provenance/0/bundleVersion").asText());
            JsonNode next = ok(post("/api/assessments/" + wang + "/evaluate", "{}", hr));
            assertEquals(
                    next.toString(),
                    SECOND_VERSION,
                    next.at("/provenance/0/bundleVersion").asText());
            assertEquals(
                    next.toString(),
                    ORAL_DEFENSE,
                    next.at("/provenance/0/bundleSymbolicName").asText());

            // The audit trail names both pins.
            JsonNode audit = ok(get("/api/audit?objectType=WorkPlan&objectId=" + planId, province));
            assertTrue(
                    audit.toString(), audit.toString().contains(ORAL + " " + firstVersion + " -> " + SECOND_VERSION));
        } finally {
            second.uninstall();
        }
        awaitListedPlugins(
                "the second oral-defense is gone", ids -> activeVersions().size() == 1);
    }

    /**
     * The shipped oral-defense bundle's content under {@link #SECOND_VERSION}, installed and
     * started beside it.
     */
    private Bundle installSecondVersion(Bundle shipped) throws Exception {
        Manifest manifest;
        try (InputStream in = shipped.getEntry("META-INF/MANIFEST.MF").openStream()) {
            manifest = new Manifest(in);
        }
        manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), SECOND_VERSION);
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            Enumeration<URL> entries = shipped.findEntries("/", "*", true);
            List<String> written = new ArrayList<>();
            while (entries.hasMoreElements()) {
                URL entry = entries.nextElement();
                String path = entry.getPath().startsWith("/") ? entry.getPath().substring(1) : entry.getPath();
                if (path.isEmpty() || path.endsWith("/") || path.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                    continue;
                }
                out.putNextEntry(new JarEntry(path));
                try (InputStream in = entry.openStream()) {
                    in.transferTo(out);
                }
                out.closeEntry();
                written.add(path);
            }
            assertTrue(written.toString(), written.stream().anyMatch(p -> p.endsWith("OralDefenseMethod.class")));
        }
        Bundle second = bundleContext.installBundle(
                "itest:" + ORAL_DEFENSE + "/" + SECOND_VERSION, new ByteArrayInputStream(jar.toByteArray()));
        assertEquals(Version.parseVersion(SECOND_VERSION), second.getVersion());
        second.start();
        return second;
    }

    /** The versions of oral-defense {@code GET /api/plugins} lists as ACTIVE, in order. */
    private List<String> activeVersions() {
        try {
            List<String> versions = new ArrayList<>();
            for (JsonNode plugin : getJson("/api/plugins", 200).get("items")) {
                if (plugin.get("id").asText().equals(ORAL)
                        && plugin.get("state").asText().equals("ACTIVE")) {
                    versions.add(plugin.get("bundleVersion").asText());
                }
            }
            return versions;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void signIn() throws Exception {
        tokens.put("province", login("province", "province-demo"));
        tokens.put("nanjing", login("nanjing", "nanjing-demo"));
        tokens.put("nanjing-equipment-hr", login("nanjing-equipment-hr", "enterprise-demo"));
        tokens.put("wang-applicant", login("wang-applicant", "applicant-demo"));
        for (String expert : EXPERTS.keySet()) {
            tokens.put(expert, login(expert, "expert-demo"));
        }
    }

    private long approvedPlan(long participation, String hr) throws Exception {
        JsonNode plan = json(assertCreated(post(
                "/api/work-plans",
                "{\"participationId\":" + participation + ",\"occupations\":[\"" + LATHE
                        + "\"],\"criteria\":\"业绩突出\",\"methods\":[{\"pluginId\":\"" + ORAL
                        + "\",\"configuration\":{\"minExperts\":\"5\"}}],\"scheme\":{\"pluginId\":\"weighted-sum\","
                        + "\"configuration\":{\"weight.oral-defense\":\"100\",\"passLine\":\"60\"}},"
                        + "\"organisation\":\"评审委员会\",\"schedule\":\"1月至2月\"}",
                hr)));
        long id = plan.get("id").asLong();
        plan = ok(post("/api/work-plans/" + id + "/publish", versionBody(plan), hr));
        plan = ok(post("/api/work-plans/" + id + "/submit", versionBody(plan), hr));
        ok(post(
                "/api/work-plans/" + id + "/review",
                "{\"approve\":true,\"version\":" + plan.get("version").asLong() + "}",
                tokens.get("province")));
        return id;
    }

    private long endorsedApplication(long participation) throws Exception {
        String applicant = tokens.get("wang-applicant");
        String form = FORM.replace("PHOTO", upload("photo.png", "image/png", png(), applicant))
                .replace("EVIDENCE", upload("劳模证书.pdf", "application/pdf", pdf(), applicant));
        JsonNode application = json(assertCreated(post(
                "/api/applications", "{\"participationId\":" + participation + ",\"form\":" + form + "}", applicant)));
        long id = application.get("id").asLong();
        application = ok(post("/api/applications/" + id + "/submit", versionBody(application), applicant));
        JsonNode endorsed = ok(post(
                "/api/applications/" + id + "/review",
                "{\"endorse\":true,\"opinion\":\"同意参加评审\",\"version\":"
                        + application.get("version").asLong() + "}",
                tokens.get("nanjing-equipment-hr")));
        assertEquals(endorsed.toString(), "ENDORSED", endorsed.get("status").asText());
        return id;
    }

    private void panel(long participation, String hr) throws Exception {
        StringBuilder members = new StringBuilder("[");
        int i = 0;
        for (String expertId : EXPERTS.values()) {
            members.append(i == 0 ? "" : ",")
                    .append("{\"expertId\":\"")
                    .append(expertId)
                    .append("\",\"name\":\"评委")
                    .append(i + 1)
                    .append("\",\"organisation\":\"江苏某高校\",\"title\":\"正高级工程师\",\"chair\":")
                    .append(i == 0)
                    .append('}');
            i++;
        }
        members.append(']');
        assertCreated(post(
                "/api/panels",
                "{\"participationId\":" + participation + ",\"occupation\":\"" + LATHE + "\",\"members\":" + members
                        + "}",
                hr));
    }

    private static HttpResponse<String> assertCreated(HttpResponse<String> response) {
        assertEquals(
                response.request().method() + " " + response.uri() + ": " + response.body(),
                201,
                response.statusCode());
        return response;
    }
}
