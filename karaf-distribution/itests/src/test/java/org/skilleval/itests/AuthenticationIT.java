package org.skilleval.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Test;

/** Signing in against the distribution's own JAAS realm, over real HTTP. */
public class AuthenticationIT extends SkillEvalTestSupport {

    @Test
    public void aDemoCityAccountSignsInAndIsScopedToItsCity() throws Exception {
        String token = login("nanjing", "nanjing-demo");

        HttpResponse<String> me = get("/api/auth/me", token);

        assertEquals(me.body(), 200, me.statusCode());
        JsonNode caller = json(me);
        assertEquals("nanjing", caller.get("username").asText());
        assertEquals("3201", caller.get("city").asText());
    }

    @Test
    public void aWrongPasswordIsRefusedWith401AndAProblem() throws Exception {
        HttpResponse<String> response =
                postJson("/api/auth/login", "{\"username\":\"province\",\"password\":\"not-the-password\"}");

        assertEquals(401, response.statusCode());
        assertEquals(
                "urn:skilleval:problem:invalid-credentials",
                json(response).get("type").asText());
    }

    @Test
    public void aTamperedTokenIsRefused() throws Exception {
        String token = login("province", "province-demo");
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        assertEquals(401, get("/api/auth/me", tampered).statusCode());
        assertEquals(401, get("/api/auth/me").statusCode());
    }

    @Test
    public void noPasswordStaysInClearInUsersProperties() throws Exception {
        login("province", "province-demo");

        String users =
                Files.readString(Path.of(System.getProperty("karaf.etc"), "users.properties"), StandardCharsets.UTF_8);
        assertFalse(users, users.contains("province-demo"));
        assertFalse(users, users.contains("nanjing-demo"));
        assertTrue(users, users.contains("{CRYPT}"));
    }
}
