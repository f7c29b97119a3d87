package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The REST API as an API client uses it, with bearer tokens: for preparing the stages a browser
 * test is not about, and for checking what the browser did.
 */
final class Rest {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Distribution distribution;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Rest(Distribution distribution) {
        this.distribution = distribution;
    }

    String login(String username, String password) throws Exception {
        return send("POST", "/api/auth/login", Map.of("username", username, "password", password), null)
                .get("token")
                .asText();
    }

    JsonNode get(String path, String token) throws Exception {
        return send("GET", path, null, token);
    }

    JsonNode post(String path, Object body, String token) throws Exception {
        return send("POST", path, body, token);
    }

    HttpResponse<String> raw(String method, String path, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(distribution.url(path)))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode send(String method, String path, Object body, String token) throws Exception {
        HttpResponse<String> response = raw(method, path, body, token);
        assertTrue(
                response.statusCode() / 100 == 2,
                method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
