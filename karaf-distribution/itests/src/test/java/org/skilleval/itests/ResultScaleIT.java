package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;

/**
 * A scheme that answers beyond the scale it declares (852 on a hundred-point scale, as the black-box
 * tester's plugin did) is refused by the platform on the distribution: the enterprise gets a clear
 * 502 naming the plugin, and no result is stored, ranked or listed.
 */
public class ResultScaleIT extends SkillEvalTestSupport {

    private static final String NANJING_EQUIPMENT = "91320100MA1NJ0001M";
    private static final String BUNDLE = "com.example.overscale";
    private static final String ORAL = "oral-defense";
    /** The fixture's class and plugin id, by name: the test probe itself never loads plugin API types. */
    private static final String SCHEME_CLASS = "com.example.overscale.OverscaleScheme";

    private static final String SCHEME = "acme-overscale";

    @After
    public void uninstallTheScheme() throws Exception {
        Bundle bundle;
        while ((bundle = bundle(BUNDLE)) != null) {
            bundle.uninstall();
        }
    }

    @Test
    public void aSchemeAnsweringBeyondItsScaleIsRefusedAndNothingIsStored() throws Exception {
        String province = login("province", "province-demo");
        String nanjing = login("nanjing", "nanjing-demo");
        String hr = login("nanjing-equipment-hr", "enterprise-demo");
        long round = created(post("/api/rounds", body("year", 2078, "batch", 1), province))
                .get("id")
                .asLong();
        long participation = acceptedParticipation(round, NANJING_EQUIPMENT, "南京某装备集团有限公司", nanjing, province);

        // The enterprise uploads the faulty scheme and its city approves it, as for any plugin
        JsonNode upload = created(api().send(
                                "POST",
                                "/api/plugin-uploads?fileName=overscale.jar",
                                "application/java-archive",
                                schemeJar(),
                                hr))
                .get("upload");
        ok(post(
                "/api/plugin-uploads/" + upload.get("id").asLong() + "/review",
                body("approve", true, "version", version(upload), "reason", "测试用插件"),
                nanjing));
        awaitListedPlugins("the scheme is listed", ids -> ids.contains(SCHEME));

        JsonNode plan = created(post(
                "/api/work-plans",
                body(
                        "participationId",
                        participation,
                        "occupations",
                        List.of("车工"),
                        "criteria",
                        "业绩突出",
                        "methods",
                        List.of(Map.of("pluginId", ORAL, "configuration", Map.of("minExperts", "5"))),
                        "scheme",
                        Map.of("pluginId", SCHEME, "configuration", Map.of()),
                        "organisation",
                        "评审委员会",
                        "schedule",
                        "1月至2月"),
                hr));
        String planPath = "/api/work-plans/" + plan.get("id").asLong();
        plan = ok(post(planPath + "/publish", versionBody(plan), hr));
        plan = ok(post(planPath + "/submit", versionBody(plan), hr));
        ok(post(planPath + "/review", body("approve", true, "version", version(plan)), province));

        long application = applyAndSubmit(
                login("wang-applicant", "applicant-demo"),
                participation,
                "王师傅",
                withCheckDigit("11010519491231009"),
                "1949-12");
        endorse(hr, application);
        demoPanel(participation, "车工", hr);
        Map<String, Map<String, Integer>> sheets = new LinkedHashMap<>();
        for (String expert : List.of("expert-zhou", "expert-qian", "expert-sun", "expert-wu", "expert-zheng")) {
            sheets.put(
                    expert,
                    Map.of("professional-knowledge", 25, "problem-solving", 24, "innovation", 16, "expression", 15));
        }
        submitSheets(application, ORAL, sheets);

        // 852 on 100: refused, naming the plugin; nothing stored
        String assessment = "/api/assessments/" + application;
        HttpResponse<String> refused = post(assessment + "/evaluate", "{}", hr);
        assertEquals(refused.body(), 502, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("plugin-failed"));
        assertTrue(refused.body(), refused.body().contains(SCHEME));
        assertTrue(refused.body(), refused.body().contains("its total 852 lies outside its declared scale [0, 100]"));
        assertEquals(404, get(assessment + "/result", hr).statusCode());
    }

    /** The fixture scheme as an enterprise would upload it: a plain bundle, DS, the plugin API only. */
    private byte[] schemeJar() throws Exception {
        String component = "OSGI-INF/" + SCHEME_CLASS + ".xml";
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", BUNDLE);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue(
                "Import-Package",
                "org.skilleval.plugin.api;version=\"[1.2,2)\",org.skilleval.plugin.api.dto;version=\"[1.1,2)\"");
        main.putValue("Service-Component", component);
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            String classFile = SCHEME_CLASS.replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(classFile));
            try (InputStream bytes = getClass().getClassLoader().getResourceAsStream(classFile)) {
                bytes.transferTo(out);
            }
            out.putNextEntry(new JarEntry(component));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\""
                            + SCHEME_CLASS + "\">\n"
                            + "  <service><provide interface=\"org.skilleval.plugin.api.ScoringScheme\"/></service>\n"
                            + "  <implementation class=\"" + SCHEME_CLASS + "\"/>\n"
                            + "</scr:component>\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return jar.toByteArray();
    }
}
