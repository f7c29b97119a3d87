package org.skilleval.core.console.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

/** What the console servlet sends for the paths a browser asks for. */
class ConsoleServletTest {

    private static final String INDEX = "<!doctype html><html><body><div id=app></div>"
            + "<script type=module src=/assets/index-abc123.js></script></body></html>";
    private static final String SCRIPT = "console.log('x');".repeat(100);

    private final Map<String, byte[]> files = Map.of(
            "/index.html", INDEX.getBytes(StandardCharsets.UTF_8),
            "/assets/index-abc123.js", SCRIPT.getBytes(StandardCharsets.UTF_8),
            "/favicon.svg", "<svg/>".getBytes(StandardCharsets.UTF_8));
    private final ConsoleServlet servlet = new ConsoleServlet(new ConsoleAssets(this::url));

    @Test
    void everyRouteOfTheApplicationGetsThePageRevalidatedEachTime() throws Exception {
        for (String path : new String[] {"/", "/verify", "/enterprise", "/applications/12"}) {
            Sent sent = get(path, null, null);
            assertEquals(200, sent.status, path);
            assertEquals(INDEX, sent.text(), path);
            assertEquals("text/html; charset=utf-8", sent.contentType, path);
            assertEquals("no-cache", sent.headers.get("Cache-Control"), path);
        }
    }

    @Test
    void fingerprintedFilesAreCachedForGood() throws Exception {
        Sent sent = get("/assets/index-abc123.js", null, null);

        assertEquals(200, sent.status);
        assertEquals("public, max-age=31536000, immutable", sent.headers.get("Cache-Control"));
        assertEquals("text/javascript; charset=utf-8", sent.contentType);
        assertEquals(SCRIPT, sent.text());
    }

    @Test
    void aMissingAssetIsA404AndNeverThePage() throws Exception {
        Sent sent = get("/assets/gone-000000.js", null, null);

        assertEquals(404, sent.status);
        assertEquals(0, sent.body.size());
    }

    @Test
    void anApiPathBeforeTheApiIsUpIsUnavailableNeverThePage() throws Exception {
        Sent sent = get("/api/health", null, null);

        assertEquals(503, sent.status);
        assertEquals("2", sent.headers.get("Retry-After"));
        assertTrue(sent.text().contains("service-unavailable"), sent.text());
    }

    @Test
    void anApiRequestThatAnEncodedDotDotTookOutOfTheApiIsA404NeverThePage() throws Exception {
        Sent sent = get("/etc/passwd", "/api/sanctions/..%2F..%2Fetc%2Fpasswd");

        assertEquals(404, sent.status);
        assertTrue(sent.text().contains("not-found"), sent.text());
        assertEquals(200, get("/etc/passwd", "/etc/passwd").status);
    }

    @Test
    void pathsThatTryToLeaveTheConsoleAreNeverLookedUp() {
        assertFalse(ConsoleAssets.isSafe("/assets/../../etc/passwd"));
        assertFalse(ConsoleAssets.isSafe("/assets/%2e%2e/x.js"));
        assertFalse(ConsoleAssets.isSafe("/assets\\x.js"));
        assertFalse(ConsoleAssets.isSafe("//x.js"));
        assertTrue(ConsoleAssets.isSafe("/assets/index-abc123.js"));
    }

    @Test
    void textGoesOutGzippedWhenTheBrowserTakesIt() throws Exception {
        Sent sent = get("/assets/index-abc123.js", "gzip, deflate, br", null);

        assertEquals("gzip", sent.headers.get("Content-Encoding"));
        assertEquals("Accept-Encoding", sent.headers.get("Vary"));
        assertTrue(sent.body.size() < SCRIPT.length() / 4, "compressed: " + sent.body.size());
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(sent.body.toByteArray()))) {
            assertArrayEquals(SCRIPT.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
    }

    @Test
    void anUnchangedFileIsNotSentAgain() throws Exception {
        String etag = get("/", null, null).headers.get("ETag");

        Sent again = get("/", null, etag);

        assertEquals(304, again.status);
        assertEquals(0, again.body.size());
    }

    @Test
    void theAddressShownToPeopleNamesLocalhostForAWildcardHost() {
        assertEquals("http://localhost:8181/", ConsoleAddress.forPeople("http://0.0.0.0:8181/"));
        assertEquals("http://localhost:9090/", ConsoleAddress.forPeople("http://[::]:9090"));
        assertEquals("https://skilleval.example:8443/", ConsoleAddress.forPeople("https://skilleval.example:8443/"));
    }

    @Test
    void securityHeadersForbidInlineScriptFramingAndSniffing() {
        HttpServletResponse response = mock(HttpServletResponse.class);
        Map<String, String> headers = new HashMap<>();
        org.mockito.Mockito.doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1)))
                .when(response)
                .setHeader(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyString());

        SecurityHeadersFilter.apply(response, false);

        String csp = headers.get("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("no-referrer", headers.get("Referrer-Policy"));
        assertNull(headers.get("Strict-Transport-Security"), "only over HTTPS");
    }

    private URL url(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            return null;
        }
        try {
            return new URL(null, "bundle://console" + path, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL u) {
                    return new URLConnection(u) {
                        @Override
                        public void connect() {}

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(content);
                        }
                    };
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Sent get(String path, String requestUri) throws Exception {
        return get(path, requestUri, null, null);
    }

    private Sent get(String path, String acceptEncoding, String ifNoneMatch) throws Exception {
        return get(path, path, acceptEncoding, ifNoneMatch);
    }

    private Sent get(String path, String requestUri, String acceptEncoding, String ifNoneMatch) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn(requestUri);
        when(request.getServletPath()).thenReturn(path);
        when(request.getPathInfo()).thenReturn(null);
        when(request.getHeader("Accept-Encoding")).thenReturn(acceptEncoding);
        when(request.getHeader("If-None-Match")).thenReturn(ifNoneMatch);
        Sent sent = new Sent();
        HttpServletResponse response = mock(HttpServletResponse.class);
        org.mockito.Mockito.doAnswer(call -> sent.headers.put(call.getArgument(0), call.getArgument(1)))
                .when(response)
                .setHeader(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyString());
        org.mockito.Mockito.doAnswer(call -> sent.status = call.getArgument(0))
                .when(response)
                .setStatus(org.mockito.ArgumentMatchers.anyInt());
        org.mockito.Mockito.doAnswer(call -> sent.status = call.getArgument(0))
                .when(response)
                .sendError(org.mockito.ArgumentMatchers.anyInt());
        org.mockito.Mockito.doAnswer(call -> sent.contentType = call.getArgument(0))
                .when(response)
                .setContentType(org.mockito.ArgumentMatchers.anyString());
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}

            @Override
            public void write(int b) {
                sent.body.write(b);
            }
        });
        servlet.doGet(request, response);
        return sent;
    }

    private static final class Sent {
        int status = 200;
        String contentType;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
