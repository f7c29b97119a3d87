package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.apache.karaf.features.BootFinished;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Boots the built distribution (the tar.gz the assembly module made) in Pax Exam on free ports,
 * and gives tests an HTTP client for its API. The methods run inside the container.
 *
 * <p>All test classes share one container (booting one takes most of a test class's time). So a
 * class makes its own data and leaves nothing that refuses another class: each class opens rounds
 * in years no other class uses, sanctions only an enterprise or person no other class needs, and
 * locks out only accounts it created. Bundles a test installs it uninstalls again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class SkillEvalTestSupport {

    static final String HTTP_PORT_PROPERTY = "skilleval.itests.http.port";
    static final String VERSION_PROPERTY = "skilleval.version";
    static final String EXAMPLE_JAR_PROPERTY = "skilleval.itests.example.jar";
    static final String ARCHETYPE_METHOD_JAR_PROPERTY = "skilleval.itests.archetype.method.jar";
    static final String ARCHETYPE_SCHEME_JAR_PROPERTY = "skilleval.itests.archetype.scheme.jar";
    static final String ORAL_DEFENSE = "org.skilleval.plugin.oraldefense";
    static final Duration PATIENCE = Duration.ofSeconds(30);

    static final String DATABASE_PRODUCT_PROPERTY = "skilleval.itests.database.product";
    static final String DATASOURCE_CFG = "etc/org.ops4j.datasource-skilleval.cfg";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper MAPPER = JSON;

    @Inject
    protected BundleContext bundleContext;

    /** Injected only once Karaf has installed every boot feature. */
    @Inject
    @Filter(timeout = 120_000)
    protected BootFinished bootFinished;

    @Configuration
    public Option[] configuration() throws IOException {
        File work = new File(System.getProperty("skilleval.itests.work", "target/work"));
        String httpPort = freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(System.getProperty("skilleval.distribution"))
                                .toURI()
                                .toString())
                        .karafVersion(System.getProperty("karaf.version"))
                        .name("SkillEval")
                        .unpackDirectory(new File(work, "exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                systemProperty(HTTP_PORT_PROPERTY).value(httpPort),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
                systemProperty(VERSION_PROPERTY).value(System.getProperty(VERSION_PROPERTY)),
                // The enterprise-written example plugin, built by plugins/examples, for the tests that install it.
                systemProperty(EXAMPLE_JAR_PROPERTY)
                        .value(new File(System.getProperty(EXAMPLE_JAR_PROPERTY)).getAbsolutePath()),
                // The method and the scheme the archetype's own build generated, as an outside developer would
                systemProperty(ARCHETYPE_METHOD_JAR_PROPERTY)
                        .value(new File(System.getProperty(ARCHETYPE_METHOD_JAR_PROPERTY)).getAbsolutePath()),
                systemProperty(ARCHETYPE_SCHEME_JAR_PROPERTY)
                        .value(new File(System.getProperty(ARCHETYPE_SCHEME_JAR_PROPERTY)).getAbsolutePath()),
                // A real LDAP server for LdapRealmIT (UnboundID's in-memory directory, an OSGi bundle).
                mavenBundle(
                        "com.unboundid", "unboundid-ldapsdk", System.getProperty("skilleval.itests.unboundid.version")),
                // Pax Exam's extender waits only 10 s for its probe invoker; on a loaded two-core machine
                // the container can take longer, and the test then hangs instead of failing (PAXEXAM-891).
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT")
                        .value("180000"),
                // The probe waits 10 s by default for Pax Exam's invoker, which registers only once the
                // boot features are installed: on a loaded 2-core machine that takes longer.
                systemProperty("org.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT")
                        .value("180000"),
                // Each test sees only the data it makes (the demo logins only); DistributionRestartIT checks the demo.
                editConfigurationFilePut("etc/org.skilleval.core.demo.cfg", "round", "false"),
                // Pax Exam launches Java itself, without the module flags of bin/karaf (Java 17).
                vmOptions(
                        "--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module",
                        "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + System.getProperty("karaf.version")
                                + ".jar",
                        "--patch-module",
                        "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + System.getProperty("karaf.version")
                                + ".jar",
                        "--add-opens",
                        "java.base/java.security=ALL-UNNAMED",
                        "--add-opens",
                        "java.base/java.net=ALL-UNNAMED",
                        "--add-opens",
                        "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens",
                        "java.base/java.util=ALL-UNNAMED",
                        "--add-opens",
                        "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens",
                        "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                        "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                        "-Xmx512m")));
        Optional<PostgreSqlServer> postgreSql = PostgreSqlServer.ofThisRun();
        if (postgreSql.isPresent()) {
            // What an operator writes into etc/ to move the platform to PostgreSQL (docs/operations.md).
            Properties datasource = postgreSql.get().datasource(PostgreSqlServer.SHARED_DATABASE);
            for (String key : datasource.stringPropertyNames()) {
                options.add(editConfigurationFilePut(DATASOURCE_CFG, key, datasource.getProperty(key)));
            }
            options.add(systemProperty(DATABASE_PRODUCT_PROPERTY).value("PostgreSQL"));
        }
        return options.toArray(Option[]::new);
    }

    /**
     * Fails unless the platform's DataSource is on the database this run was configured for: a
     * PostgreSQL run that silently used the embedded Derby would prove nothing.
     */
    private void assertConfiguredDatabase() throws Exception {
        String expected = System.getProperty(DATABASE_PRODUCT_PROPERTY, "Apache Derby");
        var references =
                bundleContext.getServiceReferences(javax.sql.DataSource.class, "(osgi.jndi.service.name=skilleval)");
        assertEquals("the platform's DataSource", 1, references.size());
        var reference = references.iterator().next();
        javax.sql.DataSource dataSource = bundleContext.getService(reference);
        try (java.sql.Connection connection = dataSource.getConnection()) {
            assertEquals(
                    "the database the platform runs on",
                    expected,
                    connection.getMetaData().getDatabaseProductName());
        } finally {
            bundleContext.ungetService(reference);
        }
    }

    /** The containers whose whole API was seen up, by HTTP port: the first test of each waits for it. */
    private static final Set<Integer> SEEN_UP = ConcurrentHashMap.newKeySet();

    /**
     * Waits until the whole API is served: boot features being installed does not mean every
     * resource's services have come, and on a loaded machine some paths answer 503 for a while.
     */
    @Before
    public void awaitWholeApi() throws Exception {
        if (SEEN_UP.contains(httpPort())) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (api().wholeApiUp()) {
                    assertConfiguredDatabase();
                    SEEN_UP.add(httpPort());
                    return;
                }
            } catch (IOException notYetListening) {
                // Jetty is not up yet
            }
            Thread.sleep(200);
        }
        fail("/api/health did not say UP within 120 s: " + get("/api/health").body());
    }

    /** The HTTP port the container's Jetty listens on. */
    protected int httpPort() {
        return Integer.getInteger(HTTP_PORT_PROPERTY);
    }

    /** The client for the container's API: every request of a test goes through its {@code send}. */
    protected ApiClient api() {
        return new ApiClient(httpPort());
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return api().send("GET", path, null, null);
    }

    protected HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return api().send("GET", path, null, token);
    }

    protected HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return api().send("POST", path, json, null);
    }

    protected HttpResponse<String> post(String path, String json, String token)
            throws IOException, InterruptedException {
        return api().send("POST", path, json, token);
    }

    /** A PUT with a JSON body; without a token ({@code null}) it is sent anonymously. */
    protected HttpResponse<String> putJson(String path, String json, String token)
            throws IOException, InterruptedException {
        return api().send("PUT", path, json, token);
    }

    /** Uploads a file as the caller and returns the new attachment's id. */
    protected String upload(String fileName, String contentType, byte[] content, String token)
            throws IOException, InterruptedException {
        HttpResponse<String> response = api().send(
                        "POST",
                        "/api/attachments?fileName="
                                + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8),
                        contentType,
                        content,
                        token);
        if (response.statusCode() != 201) {
            throw new AssertionError(
                    "upload of " + fileName + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("id").asText();
    }

    /** The bytes of a PNG: enough for the platform's signature check, as a real scan would pass it. */
    protected static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
    }

    /** The bytes of a PDF, as {@link #png()}. */
    protected static byte[] pdf() {
        return "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A GET answered with bytes (a PDF or Excel file); without a token ({@code null}) it is sent anonymously. */
    protected HttpResponse<byte[]> getFile(String path, String token) throws IOException, InterruptedException {
        return api().getFile(path, token);
    }

    /** The body of a 200 answer of this media type; fails naming the request otherwise. */
    protected static byte[] file(HttpResponse<byte[]> response, String mediaType) {
        assertEquals(
                "GET " + response.uri() + ": " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8),
                200,
                response.statusCode());
        assertEquals(mediaType, response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    /** The text of every page of a PDF, as PDFBox extracts it, without any whitespace. */
    protected static String pdfText(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("[\\s　]+", "");
        }
    }

    /** The shared strings of an .xlsx workbook: every text its cells hold. */
    protected static String xlsxText(byte[] xlsx) throws IOException {
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("not an .xlsx workbook with text");
    }

    /** Signs in as a demo account of the distribution and returns the session token. */
    protected String login(String username, String password) throws IOException, InterruptedException {
        awaitDemoLogins();
        HttpResponse<String> response =
                postJson("/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body()).get("token").asText();
    }

    /** Whether this container's demo logins were seen: the probe lives as long as its container. */
    private static volatile boolean demoLoginsSeen;

    /**
     * Waits until the demo seeder has created the last demo login and set its password, looking into
     * the account store from inside the container: a sign-in attempt before that would count as a
     * failure for the throttle.
     */
    protected void awaitDemoLogins() throws InterruptedException {
        if (demoLoginsSeen) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            var reference = bundleContext.getServiceReference("org.skilleval.core.persistence.AccountStore");
            if (reference != null) {
                Object store = bundleContext.getService(reference);
                try {
                    java.util.Optional<?> account = (java.util.Optional<?>)
                            store.getClass().getMethod("find", String.class).invoke(store, "expert-zheng");
                    if (account.isPresent()
                            && !(Boolean) account.get()
                                    .getClass()
                                    .getMethod("mustChangePassword")
                                    .invoke(account.get())) {
                        // The first request pays for Jersey's initialisation, and a rebuild when the
                        // accounts' authenticator replaced the JAAS one: on a loaded machine that
                        // took longer than a test request's patience.
                        new ApiClient(httpPort(), Duration.ofSeconds(120)).send("GET", "/api/auth/me", null, null);
                        demoLoginsSeen = true;
                        return;
                    }
                } catch (ReflectiveOperationException | RuntimeException | java.io.IOException notYet) {
                    // the database is not ready yet
                } finally {
                    bundleContext.ungetService(reference);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The demo logins were not created within 120 s");
    }

    protected static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    protected JsonNode getJson(String path, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals("GET " + path + ": " + response.body(), expectedStatus, response.statusCode());
        return JSON.readTree(response.body());
    }

    /** The ids of the plugins {@code GET /api/plugins} lists now. */
    protected Set<String> listedPluginIds() throws IOException, InterruptedException {
        Set<String> ids = new TreeSet<>();
        for (JsonNode plugin : getJson("/api/plugins", 200).get("items")) {
            ids.add(plugin.get("id").asText());
        }
        return ids;
    }

    /** Waits until {@code GET /api/plugins} satisfies the condition; fails after {@link #PATIENCE}. */
    protected Set<String> awaitListedPlugins(String description, Predicate<Set<String>> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Set<String> ids = listedPluginIds();
        while (!condition.test(ids)) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting until " + description + "; /api/plugins lists " + ids);
            }
            Thread.sleep(50);
            ids = listedPluginIds();
        }
        return ids;
    }

    protected Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    /** Every bundle of the platform that is not a plugin: these must never restart for a plugin. */
    protected List<Bundle> coreBundles() {
        List<Bundle> core = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null
                    && (name.startsWith("org.skilleval.core.")
                            || name.equals("org.skilleval.plugin.api")
                            || name.startsWith("org.glassfish.jersey")
                            || name.startsWith("org.eclipse.persistence")
                            || name.startsWith("org.apache.aries.jpa")
                            || name.startsWith("org.apache.derby")
                            || name.startsWith("org.ops4j.pax.web"))) {
                core.add(bundle);
            }
        }
        return core;
    }

    protected static String freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        }
    }

    protected static String mavenUrl(String artifactId) {
        return "mvn:org.skilleval/" + artifactId + "/" + System.getProperty(VERSION_PROPERTY);
    }

    /** An employee of the Nanjing equipment maker applies for 车工 with real uploads and submits; answers the id. */
    protected long applyAndSubmit(String token, long participationId, String name, String idNumber, String birthMonth)
            throws Exception {
        String photo = upload(name + ".png", "image/png", png(), token);
        String evidence = upload("劳动模范证书.pdf", "application/pdf", pdf(), token);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("idNumber", idNumber);
        form.put("photoAttachmentId", photo);
        form.put("birthMonth", birthMonth);
        form.put("education", "大专");
        form.put(
                "qualification",
                Map.of(
                        "levelText", "高级技师",
                        "occupation", "车工",
                        "certificateNumber", "1532000000100001",
                        "certifiedOn", "2010-06-01"));
        form.put("employer", "南京某装备集团有限公司");
        form.put("department", "机加车间");
        form.put("address", "南京市江宁区将军大道1号");
        form.put("email", "worker@example.com");
        form.put("phone", "13912345678");
        form.put("fieldOfExpertise", "精密车削");
        form.put("educationAndCareer", List.of(Map.of("from", "1990-07", "organisation", "南京某装备集团有限公司", "role", "车工")));
        form.put("achievements", "攻克高精度主轴加工难题，成果转化为生产力");
        form.put("achievementsAttachmentIds", List.of(evidence));
        form.put("declaration", Map.of("accepted", true, "signedOn", "2026-01-15"));
        form.put("appliedOccupation", "车工");
        form.put("basis", "A_SENIOR_TECHNICIAN");
        form.put("postSince", "2015-07-01");
        form.put("stillInOccupation", true);
        form.put(
                "priorityConditions",
                List.of(Map.of("condition", "MODEL_WORKER", "evidenceAttachmentIds", List.of(evidence))));
        JsonNode draft =
                created(post("/api/applications", body("participationId", participationId, "form", form), token));
        long id = draft.get("id").asLong();
        JsonNode submitted = ok(post("/api/applications/" + id + "/submit", body("version", version(draft)), token));
        assertTrue(
                submitted.get("eligibility").toString(),
                submitted.get("eligibility").get("eligible").asBoolean());
        return id;
    }

    /** The enterprise endorses a submitted application. */
    protected void endorse(String hr, long applicationId) throws Exception {
        JsonNode application = ok(get("/api/applications/" + applicationId, hr));
        ok(post(
                "/api/applications/" + applicationId + "/review",
                body("endorse", true, "opinion", "同意参加评审", "version", version(application)),
                hr));
    }

    /** The body of a 200 answer; fails naming the request otherwise. */
    /**
     * Has a city recommend an enterprise that meets the three entry requirements (above designated
     * size, runs 高级技师 evaluation, 40 of them) for a round, and the province accept it.
     *
     * @return the participation's id
     */
    protected long acceptedParticipation(long round, String creditCode, String name, String city, String province)
            throws Exception {
        JsonNode participation = created(post(
                "/api/participations",
                body(
                        "roundId",
                        round,
                        "creditCode",
                        creditCode,
                        "name",
                        name,
                        "aboveDesignatedSize",
                        true,
                        "hasRunSeniorTechnicianEvaluation",
                        true,
                        "seniorTechnicianCount",
                        40,
                        "centralSoeBranchFiledWithMinistry",
                        false,
                        "g42DemonstrationBase",
                        false),
                city));
        long id = participation.get("id").asLong();
        ok(post(
                "/api/participations/" + id + "/decision",
                body("accept", true, "version", version(participation)),
                province));
        return id;
    }

    /** A resident ID number: the 17 digits given and their ISO 7064 MOD 11-2 check character. */
    protected static String withCheckDigit(String seventeenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * weights[i];
        }
        return seventeenDigits + "10X98765432".charAt(sum % 11);
    }

    /** The default of the weighted sum's pass line that {@code GET /api/plugins/weighted-sum} publishes. */
    protected String passLineDefault() throws Exception {
        for (JsonNode parameters : getJson("/api/plugins/weighted-sum", 200).findValues("parameters")) {
            for (JsonNode parameter : parameters) {
                if ("passLine".equals(parameter.get("key").asText())) {
                    return parameter.get("defaultValue").asText();
                }
            }
        }
        throw new AssertionError("weighted-sum publishes no passLine");
    }

    /** Waits until the weighted sum publishes this default pass line; fails after {@link #PATIENCE}. */
    protected void awaitPassLineDefault(String expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!expected.equals(passLineDefault())) {
            if (System.nanoTime() > deadline) {
                fail("The default pass line stayed " + passLineDefault() + ", not " + expected);
            }
            Thread.sleep(50);
        }
    }

    /** The entry of {@code GET /api/plugins} with this id. */
    protected JsonNode listedPlugin(String id) throws Exception {
        for (JsonNode plugin : getJson("/api/plugins", 200).get("items")) {
            if (id.equals(plugin.get("id").asText())) {
                return plugin;
            }
        }
        throw new AssertionError(id + " is not listed");
    }

    /**
     * Puts experts into the expert pool (专家库) of the city whose token this is, unless they are in
     * it already: panels take their members from the pool only.
     */
    protected void inPool(String cityToken, String occupation, String... expertIds) throws Exception {
        for (String expertId : expertIds) {
            HttpResponse<String> added = post(
                    "/api/expert-pool",
                    body(
                            "expertId",
                            expertId,
                            "name",
                            "专家" + expertId,
                            "occupation",
                            occupation,
                            "organisation",
                            "东南大学"),
                    cityToken);
            if (added.statusCode() != 201 && added.statusCode() != 409) {
                throw new AssertionError("pool entry " + expertId + ": " + added.statusCode() + " " + added.body());
            }
        }
    }

    /**
     * The enterprise's panel for an occupation: the five demo experts (NJ-EXP-01 to 05, signing in
     * as expert-zhou, -qian, -sun, -wu and -zheng), three of the enterprise and two from outside,
     * the first the chair.
     */
    protected void demoPanel(long participationId, String occupation, String hr) throws Exception {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int seat = 0; seat < 5; seat++) {
            members.add(Map.of(
                    "expertId",
                    "NJ-EXP-0" + (seat + 1),
                    "name",
                    "评委" + (seat + 1),
                    "organisation",
                    seat < 3 ? "南京某装备集团有限公司" : "东南大学",
                    "chair",
                    seat == 0));
        }
        created(post(
                "/api/panels",
                body("participationId", participationId, "occupation", occupation, "members", members),
                hr));
    }

    /**
     * A fresh round of this year in which 南京某装备集团 (the demo enterprise, 91320100MA1NJ0001M) is
     * accepted and its plan for 车工 (oral defence, weighted sum) approved.
     *
     * @return the participation's id
     */
    protected long nanjingEquipmentWithApprovedPlan(int year, String province, String nanjing, String hr)
            throws Exception {
        long round = created(post("/api/rounds", body("year", year, "batch", 1), province))
                .get("id")
                .asLong();
        long participationId = acceptedParticipation(round, "91320100MA1NJ0001M", "南京某装备集团", nanjing, province);
        JsonNode plan = created(post(
                "/api/work-plans",
                body(
                        "participationId",
                        participationId,
                        "occupations",
                        List.of("车工"),
                        "criteria",
                        "业绩突出",
                        "methods",
                        List.of(Map.of("pluginId", "oral-defense", "configuration", Map.of())),
                        "scheme",
                        Map.of("pluginId", "weighted-sum", "configuration", Map.of("weight.oral-defense", "100")),
                        "organisation",
                        "评审委员会",
                        "schedule",
                        "1月至2月"),
                hr));
        String path = "/api/work-plans/" + plan.get("id").asLong();
        plan = ok(post(path + "/publish", versionBody(plan), hr));
        plan = ok(post(path + "/submit", versionBody(plan), hr));
        ok(post(path + "/review", body("approve", true, "version", version(plan)), province));
        return participationId;
    }

    /**
     * Each demo expert named (by login, password {@code expert-demo}) fills their sheet of one method
     * for one candidate with these points by item, and submits it.
     */
    protected void submitSheets(long applicationId, String methodId, Map<String, Map<String, Integer>> pointsByExpert)
            throws Exception {
        String sheetPath = "/api/assessments/" + applicationId + "/sheets/" + methodId;
        for (Map.Entry<String, Map<String, Integer>> sheet : pointsByExpert.entrySet()) {
            String expert = login(sheet.getKey(), "expert-demo");
            JsonNode draft = ok(putJson(sheetPath, body("points", sheet.getValue(), "comment", "评分有据"), expert));
            ok(post(sheetPath + "/submit", body("version", version(draft)), expert));
        }
    }

    protected static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertEquals(
                response.request().method() + " " + response.uri() + ": " + response.body(),
                200,
                response.statusCode());
        return json(response);
    }

    /** The body of a 201 answer; fails naming the request otherwise. */
    protected static JsonNode created(HttpResponse<String> response) throws IOException {
        assertEquals(
                response.request().method() + " " + response.uri() + ": " + response.body(),
                201,
                response.statusCode());
        return json(response);
    }

    /** A 422 naming the rule. */
    protected static void assertRefused(String rule, HttpResponse<String> response) {
        assertEquals(response.body(), 422, response.statusCode());
        assertTrue(response.body(), response.body().contains("\"" + rule + "\""));
    }

    /** {@code {"version": n}}: the body of a transition that names only the version it read. */
    protected static String versionBody(JsonNode node) {
        return "{\"version\":" + node.get("version").asLong() + "}";
    }

    protected static long version(JsonNode node) {
        return node.get("version").asLong();
    }

    /** A JSON object from alternating keys and values. */
    protected static String body(Object... keysAndValues) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return MAPPER.writeValueAsString(object);
    }
}
