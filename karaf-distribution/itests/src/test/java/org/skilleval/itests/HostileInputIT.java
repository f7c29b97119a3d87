package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.Test;
import org.osgi.framework.ServiceReference;

/**
 * The hostile-input suite: sends a corpus of hostile input to every operation the live OpenAPI
 * document lists (so a new endpoint is covered without anyone adding it here): every write
 * endpoint's body, every query parameter of every read endpoint, and every path parameter. Each
 * answer must be a 4xx, never a 5xx, with a body of at most 64 KB that names no internals (Java
 * types, packages, exceptions, SQL). Nothing may be stored (the row count of every table of the
 * database stays the same), the server stays healthy ({@code /api/health} answers 200 throughout)
 * and its heap stays flat (the heap in use after a full collection, read in the container's own
 * JVM, where this test runs).
 *
 * <p>The corpus is sampled per operation deterministically (a rotation by the operation's place),
 * so that each kind of hostile input reaches many operations and the suite stays short; a few
 * kinds go to every operation.
 */
public class HostileInputIT extends SkillEvalTestSupport {

    private static final int MAX_PROBLEM_BYTES = 64 * 1024;
    private static final long MAX_HEAP_GROWTH = 48L * 1024 * 1024;
    private static final int SAMPLED_BODIES = 12;
    private static final int SAMPLED_VALUES = 8;

    /** Internal names an answer must not carry: Java types and packages, exceptions, SQL. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(org|java|javax|com|sun)\\.[a-z]|Exception|\\bSQL|Derby|EclipseLink|Jackson|[A-Za-z]\\$[A-Z]");

    /**
     * Query parameters that are free-text searches: for text of safe characters they answer 200
     * with what they find, which for SQL or markup must be nothing (the query is not interpreted).
     */
    private static final Set<String> FREE_TEXT_SEARCHES = Set.of("q");

    /** Hostile text that no field must store as it is; free of the internal names above. */
    private static final List<String> HOSTILE_TEXT = List.of(
            "' OR '1'='1' --",
            "1; DROP TABLE AUDIT_EVENT; --",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "王\u202E明",
            "a\u0000b",
            "\u200B\u2066\u2069",
            "\uD800",
            "../../../../etc/passwd",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "${jndi:ldap://127.0.0.1/a}",
            "1e10000000",
            "-99999999999999999999999999999999",
            "A".repeat(5_000));

    /** Ids no path should resolve, sent in place of every path parameter. */
    private static final List<String> HOSTILE_IDS = List.of(
            "..%2F..%2Fetc%2Fpasswd",
            "1%20OR%201%3D1",
            "-1",
            "99999999999999999999999999",
            "1e10000000",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%E2%80%AE1",
            "%00",
            "0x1",
            "A".repeat(3_000));

    /** One hostile request body: its bytes and the content type it is sent as. */
    private record Body(String name, String contentType, byte[] bytes) {

        static Body json(String name, String text) {
            return new Body(name, ApiClient.JSON, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final List<Body> ALWAYS = List.of(
            Body.json("malformed", "{\"a\":"),
            Body.json("deeply nested", "[".repeat(20_000) + "]".repeat(20_000)),
            Body.json("null", "null"),
            new Body("empty", ApiClient.JSON, new byte[0]),
            new Body("wrong content type", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)));

    private static final List<Body> SAMPLED = corpus();

    private static List<Body> corpus() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(Body.json("single quotes", "{'version':1}"));
        bodies.add(Body.json("trailing garbage", "{} {}"));
        bodies.add(new Body(
                "invalid UTF-8", ApiClient.JSON, new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'}));
        bodies.add(Body.json("deeply nested object", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        bodies.add(Body.json("array", "[1,2,3]"));
        bodies.add(Body.json("string", "\"text\""));
        bodies.add(Body.json("number", "12"));
        bodies.add(Body.json("boolean", "true"));
        bodies.add(Body.json("huge number", "{\"version\":1e10000000}"));
        bodies.add(Body.json("long number", "{\"version\":" + "9".repeat(100_000) + "}"));
        bodies.add(Body.json("huge string", "{\"name\":\"" + "A".repeat(300_000) + "\"}"));
        bodies.add(Body.json("oversized body", "[" + "1,".repeat(700_000) + "1]"));
        bodies.add(Body.json("wrong types", "{\"version\":\"x\",\"year\":[],\"name\":{},\"id\":true}"));
        bodies.add(Body.json("operator object", "{\"version\":{\"$ne\":null}}"));
        for (String text : HOSTILE_TEXT) {
            bodies.add(Body.json("text " + shown(text), "{\"zzHostile\":" + quoted(text) + "}"));
            bodies.add(Body.json("bare text " + shown(text), quoted(text)));
        }
        bodies.add(new Body("xml", "application/xml", "<a><b>1</b></a>".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("form", "application/x-www-form-urlencoded", "a=1&b=2".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("multipart", "multipart/form-data; boundary=x", "--x--".getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Body("octets", "application/octet-stream", new byte[] {0, 1, 2, 3}));
        return List.copyOf(bodies);
    }

    /** An operation of the OpenAPI document. */
    private record Operation(
            String method,
            String path,
            List<String> pathParameters,
            List<String> queryParameters,
            boolean hasBody,
            List<String> roles) {}

    private final List<String> findings = new ArrayList<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private int sent;
    /** One client for the whole suite, so that the heap measured holds no client per request. */
    private ApiClient client;

    @Test
    public void everyEndpointRefusesHostileInputStoresNothingAndStaysHealthy() throws Exception {
        client = api();
        tokens.put("province", login("province", "province-demo"));
        tokens.put("city", login("nanjing", "nanjing-demo"));
        tokens.put("enterprise", login("nanjing-equipment-hr", "enterprise-demo"));
        tokens.put("applicant", login("wang-applicant", "applicant-demo"));
        tokens.put("expert", login("expert-zhou", "expert-demo"));
        // Something to read and to refer to: a round.
        created(post("/api/rounds", "{\"year\":2071,\"batch\":1}", tokens.get("province")));
        List<Operation> operations = operations(getJson("/api/openapi.json", 200));
        assertTrue("the document lists the API: " + operations.size(), operations.size() > 50);

        Map<String, Long> rowsBefore = settledRowCounts();
        long heapBefore = heapInUse();
        long started = System.nanoTime();

        for (int place = 0; place < operations.size(); place++) {
            Operation operation = operations.get(place);
            if (operation.path().equals("/auth/logout")) {
                continue; // would end the session this suite signs in with; it takes no input
            }
            String token = tokenFor(operation);
            for (String id :
                    sample(HOSTILE_IDS, place, operation.pathParameters().isEmpty() ? 0 : 3)) {
                String path = operation.path();
                for (String parameter : operation.pathParameters()) {
                    path = path.replace("{" + parameter + "}", id);
                }
                probe(operation, "path id " + shown(id), path, null, token, false);
            }
            String path = withIds(operation);
            for (String parameter : operation.queryParameters()) {
                for (String value : sample(HOSTILE_TEXT, place + parameter.length(), SAMPLED_VALUES)) {
                    String query = path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    probe(
                            operation,
                            "query " + parameter + "=" + shown(value),
                            query,
                            null,
                            token,
                            FREE_TEXT_SEARCHES.contains(parameter) && isSafeText(asSent(value)));
                }
            }
            if (operation.hasBody()) {
                List<Body> bodies = new ArrayList<>(ALWAYS);
                bodies.addAll(sample(SAMPLED, place, SAMPLED_BODIES));
                for (Body body : bodies) {
                    probe(operation, "body " + body.name(), path, body, token, false);
                }
            }
        }

        assertEquals("/api/health", 200, get("/api/health").statusCode());
        Map<String, Long> rowsAfter = settledRowCounts();
        if (!rowsAfter.equals(rowsBefore)) {
            findings.add("rows changed: before " + changed(rowsBefore, rowsAfter) + ", after "
                    + changed(rowsAfter, rowsBefore));
        }
        long heapAfter = heapInUse();
        long growth = heapAfter - heapBefore;
        // The figures, for the record (docs/operations.md).
        System.out.printf(
                "HostileInputIT: %d requests to %d operations in %d s; rows of %d tables %s;"
                        + " heap in use after GC %d MB before, %d MB after%n",
                sent,
                operations.size(),
                (System.nanoTime() - started) / 1_000_000_000L,
                rowsAfter.size(),
                rowsAfter.equals(rowsBefore) ? "unchanged" : "CHANGED",
                heapBefore / (1024 * 1024),
                heapAfter / (1024 * 1024));
        if (growth > MAX_HEAP_GROWTH) {
            findings.add("the heap in use grew by " + growth / (1024 * 1024) + " MB");
        }
        assertTrue(
                findings.size() + " findings in " + sent + " requests:\n" + String.join("\n", findings),
                findings.isEmpty());
        assertTrue("the corpus reached the API: " + sent, sent > 1_000);
    }

    /** @param searchFindsNothing whether a 200 that found nothing is the right answer */
    private void probe(
            Operation operation, String what, String path, Body body, String token, boolean searchFindsNothing)
            throws Exception {
        String where = operation.method() + " " + operation.path() + " (" + what + ")";
        HttpResponse<String> response;
        try {
            response = body == null
                    ? client.send(operation.method(), "/api" + path, null, null, token)
                    : client.send(operation.method(), "/api" + path, body.contentType(), body.bytes(), token);
        } catch (IOException closed) {
            sent++;
            // A refused body is read to its end by the server, so the client always reads its answer.
            findings.add(where + ": the connection failed instead of answering: " + closed);
            return;
        }
        sent++;
        int status = response.statusCode();
        String answer = response.body() == null ? "" : response.body();
        boolean foundNothing = status == 200 && answer.contains("\"total\":0");
        if ((status < 400 || status >= 500) && !(searchFindsNothing && foundNothing)) {
            findings.add(where + ": " + status + " " + head(answer));
        }
        if (answer.getBytes(StandardCharsets.UTF_8).length > MAX_PROBLEM_BYTES) {
            findings.add(where + ": a body of " + answer.length() + " characters");
        }
        if (INTERNALS.matcher(answer).find()) {
            findings.add(where + ": names internals: " + head(answer));
        }
        if (sent % 200 == 0) {
            int health = get("/api/health").statusCode();
            if (health != 200) {
                findings.add("after " + where + ": /api/health answered " + health);
            }
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                List<String> pathParameters = new ArrayList<>();
                List<String> queryParameters = new ArrayList<>();
                for (JsonNode parameter : method.getValue().path("parameters")) {
                    (parameter.get("in").asText().equals("path") ? pathParameters : queryParameters)
                            .add(parameter.get("name").asText());
                }
                List<String> roles = new ArrayList<>();
                method.getValue().path("x-roles").forEach(role -> roles.add(role.asText()));
                operations.add(new Operation(
                        method.getKey().toUpperCase(java.util.Locale.ROOT),
                        path.getKey(),
                        pathParameters,
                        queryParameters,
                        method.getValue().has("requestBody"),
                        roles));
            }
        }
        return operations;
    }

    /** The token of the first role the operation allows, {@code null} for a public one. */
    private String tokenFor(Operation operation) {
        for (String role : operation.roles()) {
            if (tokens.containsKey(role)) {
                return tokens.get(role);
            }
        }
        return null;
    }

    /** The operation's path with each path parameter an id that exists nowhere but is well formed. */
    private static String withIds(Operation operation) {
        String path = operation.path();
        for (String parameter : operation.pathParameters()) {
            path = path.replace("{" + parameter + "}", "1");
        }
        return path;
    }

    /** {@code count} entries of the list, starting at a place that moves with {@code seed}. */
    private static <T> List<T> sample(List<T> all, int seed, int count) {
        List<T> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(count, all.size()); i++) {
            chosen.add(all.get(Math.floorMod(seed * 7 + i, all.size())));
        }
        return chosen;
    }

    /**
     * Rows per table once they stop changing: the audit chainer links committed events in its own
     * transactions a little later (every 100 ms), so an event written just before a count would
     * otherwise gain its AUDIT_CHAIN row during the run and read as something the run stored.
     */
    private Map<String, Long> settledRowCounts() throws Exception {
        Map<String, Long> previous = rowCounts();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Thread.sleep(400);
            Map<String, Long> current = rowCounts();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        return previous;
    }

    /** Rows per table of the platform's database, read through the container's own data source. */
    private Map<String, Long> rowCounts() throws Exception {
        ServiceReference<DataSource> reference = bundleContext
                .getServiceReferences(
                        DataSource.class, "(|(dataSourceName=skilleval)(osgi.jndi.service.name=skilleval))")
                .iterator()
                .next();
        DataSource dataSource = bundleContext.getService(reference);
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    if (!found.getString("TABLE_SCHEM").startsWith("SYS")) {
                        tables.add(found.getString("TABLE_SCHEM") + "." + found.getString("TABLE_NAME"));
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        count.next();
                        counts.put(table, count.getLong(1));
                    }
                }
            }
        } finally {
            bundleContext.ungetService(reference);
        }
        assertTrue("the database has tables: " + counts, counts.size() > 10);
        return counts;
    }

    /** The heap in use after full collections, in this JVM: the container's own. */
    private static long heapInUse() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(
                    least,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static Map<String, Long> changed(Map<String, Long> these, Map<String, Long> others) {
        Map<String, Long> changed = new TreeMap<>();
        these.forEach((table, count) -> {
            if (!count.equals(others.get(table))) {
                changed.put(table, count);
            }
        });
        return changed;
    }

    /** The text as the server decodes it: UTF-8 has no lone surrogate, the encoder sends {@code ?}. */
    private static String asSent(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** Text of visible characters only: no control, bidi, zero-width or lone surrogate. */
    private static boolean isSafeText(String text) {
        return text.chars().noneMatch(c -> c < 0x20 || Character.isSurrogate((char) c) || (c >= 0x2000 && c <= 0x206F));
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) || (c >= 0x2000 && c <= 0x206F)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String shown(String text) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length() && escaped.length() < 40; i++) {
            char c = text.charAt(i);
            escaped.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > 40 ? escaped + "…(" + text.length() + ")" : escaped.toString();
    }

    private static String head(String answer) {
        return answer.length() > 300 ? answer.substring(0, 300) + "…" : answer;
    }
}
