import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds applications through the platform's own REST API, as the people who make them would: the
 * enterprise's HR imports COUNT employees (one CSV file), then each new applicant signs in with the
 * one-time password, sets a password, and saves a draft application with a complete form (a
 * realistic 工作业绩 of a few kilobytes). Every rule, the audit trail and the tenant scoping apply.
 *
 * <p>Runs with {@code java SeedApplications.java BASE_URL HR_USER HR_PASSWORD PARTICIPATION_ID COUNT
 * THREADS}; only against this machine; prints how many drafts were created and how long it took.
 */
public class SeedApplications {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCOUNT = Pattern.compile("\\{[^{}]*\"oneTimePassword\"[^{}]*\\}");
    private static final Pattern USERNAME = Pattern.compile("\"username\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ONE_TIME = Pattern.compile("\"oneTimePassword\"\\s*:\\s*\"([^\"]+)\"");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_DIGITS = "10X98765432";

    private static HttpClient http;
    private static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        URI uri = URI.create(base);
        if (!"localhost".equals(uri.getHost()) && !uri.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("SeedApplications only targets this machine (localhost / 127.x)");
        }
        String hrUser = args[1];
        String hrPassword = args[2];
        long participation = Long.parseLong(args[3]);
        int count = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();

        String hr = token(post("/auth/login", json("username", hrUser, "password", hrPassword), null, 200));
        String prefix = "bench" + Long.toString(System.currentTimeMillis() % 1_000_000, 36) + "-";
        StringBuilder csv = new StringBuilder("username,name,employeeNumber,idNumber\n");
        for (int i = 1; i <= count; i++) {
            // the same ID number as the employee's form, as a real import carries it
            csv.append(String.format("%s%05d,职工%05d,B%05d,%s%n", prefix, i, i, i, idNumber(i)));
        }
        String imported = send(HttpRequest.newBuilder(URI.create(base + "/imports/employees"))
                        .header("Authorization", "Bearer " + hr)
                        .header("Content-Type", "text/csv; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)),
                201);
        List<String[]> accounts = new ArrayList<>();
        Matcher account = ACCOUNT.matcher(imported);
        while (account.find()) {
            accounts.add(new String[] {first(USERNAME, account.group()), first(ONE_TIME, account.group())});
        }
        if (accounts.size() != count) {
            throw new IllegalStateException("imported " + accounts.size() + " accounts, expected " + count);
        }

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> drafts = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            String[] credentials = accounts.get(i);
            int serial = i + 1;
            drafts.add(pool.submit(() -> {
                draft(credentials[0], credentials[1], participation, serial);
                return null;
            }));
        }
        for (Future<?> draft : drafts) {
            draft.get();
        }
        pool.shutdown();
        System.out.printf("seeded %d applications through the REST API in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    private static void draft(String username, String oneTimePassword, long participation, int serial)
            throws Exception {
        String once = token(post("/auth/login", json("username", username, "password", oneTimePassword), null, 200));
        String password = "Bench-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        String session = token(post(
                "/me/password", json("currentPassword", oneTimePassword, "newPassword", password), once, 200));
        post("/applications", "{\"participationId\":" + participation + ",\"form\":" + form(serial) + "}", session, 201);
    }

    /** A complete form like the integration tests' one, with a unique, checksummed ID number. */
    static String form(int serial) {
        String achievements = ("主持完成高精度主轴加工工艺攻关，解决薄壁零件变形难题，形成企业标准两项；"
                        + "带徒传艺培养高级技师三名、技师八名，牵头建设技能大师工作室，年均开展技术培训四十余场。")
                .repeat(16);
        return "{\"name\":\"职工" + String.format("%05d", serial) + "\",\"idNumber\":\"" + idNumber(serial)
                + "\",\"birthMonth\":\"1970-01\",\"education\":\"大专\",\"qualification\":{\"levelText\":\"高级技师\","
                + "\"occupation\":\"车工\",\"certificateNumber\":\"1532000000100001\",\"certifiedOn\":\"2010-06-01\"},"
                + "\"employer\":\"南京某装备集团\",\"department\":\"机加车间\",\"address\":\"南京市江宁区某路1号\","
                + "\"email\":\"worker@example.com\",\"phone\":\"13912345678\",\"fieldOfExpertise\":\"精密车削\","
                + "\"educationAndCareer\":[{\"from\":\"1990-07\",\"organisation\":\"南京某装备集团\",\"role\":\"车工\"}],"
                + "\"achievements\":\"" + achievements + "\",\"declaration\":{\"accepted\":true,\"signedOn\":\"2026-11-20\"},"
                + "\"appliedOccupation\":\"车工\",\"basis\":\"A_SENIOR_TECHNICIAN\",\"postSince\":\"2015-07-01\","
                + "\"stillInOccupation\":true,\"priorityConditions\":[]}";
    }

    static String idNumber(int serial) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(serial / 400);
        String body = String.format(
                "320102%04d%02d%02d%03d",
                birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), (serial % 400) * 2 + 1);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK_DIGITS.charAt(sum % 11);
    }

    private static String post(String path, String body, String token, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request, expected);
    }

    private static String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(
                request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String token(String body) {
        return first(TOKEN, body);
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(pattern + " not found in " + text);
        }
        return matcher.group(1);
    }

    private static String json(String k1, String v1, String k2, String v2) {
        return "{\"" + k1 + "\":\"" + v1 + "\",\"" + k2 + "\":\"" + v2 + "\"}";
    }
}
