package org.skilleval.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The one way the integration tests talk HTTP to the platform's API, inside the container (Pax
 * Exam) and outside it ({@link DistributionRestartIT}). Every request goes through {@link #send}.
 */
final class ApiClient {

    static final String JSON = "application/json";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final Duration patience;

    ApiClient(int port) {
        this(port, Duration.ofSeconds(10));
    }

    /** @param patience how long a request may take (a distribution just restarted answers slowly) */
    ApiClient(int port, Duration patience) {
        this.port = port;
        this.patience = patience;
    }

    /**
     * Sends one request to the API on this client's port and reads the answer as text.
     *
     * @param path the path and query, e.g. {@code /api/rounds?limit=5}
     * @param contentType the body's type; ignored without a body
     * @param body the request body, or {@code null} for none
     * @param token the session token, or {@code null} to send the request anonymously
     */
    HttpResponse<String> send(String method, String path, String contentType, byte[] body, String token)
            throws IOException, InterruptedException {
        return send(method, path, contentType, body, token, Map.of(), patience, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Whether {@code /api/health} says the whole API is served ({@code UP}), not just that the
     * server answers: at boot, resources whose services are still coming answer 503 meanwhile.
     *
     * @throws IOException when nothing listens yet
     */
    boolean wholeApiUp() throws IOException, InterruptedException {
        HttpResponse<String> health = send("GET", "/api/health", null, null, null);
        return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
    }

    /**
     * A GET answered with a file's bytes (a PDF or a workbook); rendering the first document loads
     * fonts and libraries, hence the longer wait.
     */
    HttpResponse<byte[]> getFile(String path, String token) throws IOException, InterruptedException {
        return send(
                "GET",
                path,
                null,
                null,
                token,
                Map.of(),
                patience.plusSeconds(20),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** An anonymous request with a JSON body and headers of the caller's choosing, as any client may send. */
    HttpResponse<String> sendWithHeaders(String method, String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(
                method,
                path,
                JSON,
                json.getBytes(StandardCharsets.UTF_8),
                null,
                headers,
                patience,
                HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(
            String method,
            String path,
            String contentType,
            byte[] body,
            String token,
            Map<String, String> headers,
            Duration timeout,
            HttpResponse.BodyHandler<T> answer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(timeout)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), answer);
    }

    /** A request with a JSON body ({@code null}: none). */
    HttpResponse<String> send(String method, String path, String json, String token)
            throws IOException, InterruptedException {
        return send(method, path, JSON, json == null ? null : json.getBytes(StandardCharsets.UTF_8), token);
    }
}
