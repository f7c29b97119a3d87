package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.ws.rs.core.MediaType;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.lifecycle.AttachmentService;
import org.skilleval.core.lifecycle.AttachmentService.Download;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.TokenService;

/** The attachment endpoints on the real JAX-RS application in memory, without a servlet container. */
class AttachmentResourceTest {

    private static final Caller HR =
            Caller.fromJaasRoles("hr-xcmg", List.of("enterprise", "enterprise:91350100M000100Y43"));
    private static final String SHA = "0123456789abcdef".repeat(4);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};

    private final TokenService tokens = mock(TokenService.class);
    private final AttachmentService attachments = mock(AttachmentService.class);

    @BeforeEach
    void signIn() throws Exception {
        when(tokens.claims("hr")).thenReturn(TestTokens.claims(HR));
        when(tokens.claims("expert"))
                .thenReturn(TestTokens.claims(Caller.fromJaasRoles("expert", List.of("expert", "expert:9"))));
    }

    @Test
    void anUploadIs201WithItsLocationAndMetadata() throws Exception {
        AtomicReference<byte[]> received = new AtomicReference<>();
        when(attachments.store(eq(HR), eq("照片 1.png"), eq("image/png"), any())).thenAnswer(call -> {
            received.set(call.<InputStream>getArgument(3).readAllBytes());
            return record("照片 1.png", "image/png");
        });

        ContainerResponse response = send(
                "POST", "/api/attachments?fileName=%E7%85%A7%E7%89%87%201.png", "image/png", PNG, "Bearer hr", null);

        assertEquals(201, response.getStatus());
        assertEquals(URI.create("http://localhost/api/attachments/42"), response.getLocation());
        assertArrayEquals(PNG, received.get());
        AttachmentResource.Attachment body = (AttachmentResource.Attachment) response.getEntity();
        assertEquals(42, body.id());
        assertEquals("照片 1.png", body.fileName());
        assertEquals(SHA, body.sha256());
        assertEquals("hr-xcmg", body.uploadedBy());
        String json = json(body);
        assertTrue(json.contains("\"uploadedAt\":\"2026-03-10T02:30:00Z\""), json);
    }

    @Test
    void anAnonymousUploadIs401() throws Exception {
        ContainerResponse response = send("POST", "/api/attachments?fileName=a.png", "image/png", PNG, null, null);

        assertEquals(401, response.getStatus());
        verifyNoInteractions(attachments);
    }

    @Test
    void anExpertCannotReachAttachments() throws Exception {
        assertEquals(
                403,
                send("POST", "/api/attachments?fileName=a.png", "image/png", PNG, "Bearer expert", null)
                        .getStatus());
        assertEquals(
                403,
                send("GET", "/api/attachments/42", null, null, "Bearer expert", null)
                        .getStatus());
        verifyNoInteractions(attachments);
    }

    @Test
    void anUnsupportedContentTypeIs415AsAProblem() throws Exception {
        ContainerResponse response = send(
                "POST",
                "/api/attachments?fileName=a.html",
                "text/html",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "Bearer hr",
                null);

        assertEquals(415, response.getStatus());
        assertEquals(MediaType.valueOf("application/problem+json"), response.getMediaType());
        ProblemDetails problem = (ProblemDetails) response.getEntity();
        assertEquals(415, problem.status());
        assertEquals("urn:skilleval:problem:unsupported-media-type", problem.type());
        verifyNoInteractions(attachments);
    }

    @Test
    void anUploadWithoutAFileNameIs400() throws Exception {
        ContainerResponse response = send("POST", "/api/attachments", "application/pdf", PNG, "Bearer hr", null);

        assertEquals(400, response.getStatus());
        assertEquals(
                "fileName",
                ((ProblemDetails) response.getEntity()).errors().get(0).field());
        verifyNoInteractions(attachments);
    }

    @Test
    void aRefusedUploadIs422NamingTheRule() throws Exception {
        when(attachments.store(any(), any(), any(), any()))
                .thenThrow(new RuleViolationException(
                        "file", "content-mismatch", "文件内容与其声明的类型不符", "the file's content does not match"));

        ContainerResponse response =
                send("POST", "/api/attachments?fileName=a.pdf", "application/pdf", PNG, "Bearer hr", null);

        assertEquals(422, response.getStatus());
        FieldError error = ((ProblemDetails) response.getEntity()).errors().get(0);
        assertEquals("file", error.field());
        assertEquals("content-mismatch", error.rule());
    }

    @Test
    void aDownloadIsTheBytesAsAFileToSaveWithItsStoredType() throws Exception {
        ClosingStream content = new ClosingStream(PNG);
        when(attachments.open(HR, 42)).thenReturn(new Download(record("照片 \"1\";.png", "image/png"), content));
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        ContainerResponse response = send("GET", "/api/attachments/42", null, null, "Bearer hr", written);

        assertEquals(200, response.getStatus());
        assertEquals(MediaType.valueOf("image/png"), response.getMediaType());
        assertEquals(
                "attachment; filename*=UTF-8''%E7%85%A7%E7%89%87%20%221%22%3B.png",
                response.getHeaderString("Content-Disposition"));
        assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"));
        assertEquals("\"" + SHA + "\"", response.getHeaderString("ETag"));
        assertTrue(response.getHeaderString("Cache-Control").contains("private"));
        assertArrayEquals(PNG, written.toByteArray());
        assertTrue(content.closed, "the file is closed once sent");
    }

    @Test
    void aDownloadTheBrowserAlreadyHasIs304WithoutTheBytes() throws Exception {
        ClosingStream content = new ClosingStream(PNG);
        when(attachments.open(HR, 42)).thenReturn(new Download(record("a.png", "image/png"), content));
        ByteArrayOutputStream written = new ByteArrayOutputStream();

        ContainerResponse response =
                send("GET", "/api/attachments/42", null, null, "Bearer hr", written, "\"" + SHA + "\"");

        assertEquals(304, response.getStatus());
        assertEquals(0, written.size());
        assertTrue(content.closed);
    }

    @Test
    void aHeadRequestAnnouncesTheDownloadAndClosesTheFile() throws Exception {
        ClosingStream content = new ClosingStream(PNG);
        when(attachments.open(HR, 42)).thenReturn(new Download(record("a.png", "image/png"), content));

        ContainerResponse response = send("HEAD", "/api/attachments/42", null, null, "Bearer hr", null);

        assertEquals(200, response.getStatus());
        assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"));
        assertEquals(Integer.toString(PNG.length), response.getHeaderString("Content-Length"));
        assertTrue(content.closed);
    }

    @Test
    void theMetadataIsJsonAndTheFileIsClosed() throws Exception {
        ClosingStream content = new ClosingStream(PNG);
        when(attachments.open(HR, 42)).thenReturn(new Download(record("证书.pdf", "application/pdf"), content));

        ContainerResponse response = send("GET", "/api/attachments/42/meta", null, null, "Bearer hr", null);

        assertEquals(200, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        AttachmentResource.Attachment body = (AttachmentResource.Attachment) response.getEntity();
        assertEquals("证书.pdf", body.fileName());
        assertEquals("application/pdf", body.contentType());
        assertEquals(PNG.length, body.size());
        assertTrue(content.closed);
    }

    @Test
    void anAttachmentOutsideTheCallersScopeIs404AsAProblem() throws Exception {
        when(attachments.open(any(), anyLong())).thenThrow(new NotFoundException("Attachment", "42"));

        ContainerResponse download = send("GET", "/api/attachments/42", null, null, "Bearer hr", null);
        ContainerResponse meta = send("GET", "/api/attachments/42/meta", null, null, "Bearer hr", null);

        for (ContainerResponse response : List.of(download, meta)) {
            assertEquals(404, response.getStatus());
            assertEquals(MediaType.valueOf("application/problem+json"), response.getMediaType());
            assertNull(response.getHeaderString("Content-Disposition"));
        }
    }

    @Test
    void aMalformedIdIs400() throws Exception {
        assertEquals(
                400,
                send("GET", "/api/attachments/abc", null, null, "Bearer hr", null)
                        .getStatus());
        verifyNoInteractions(attachments);
    }

    @Test
    void fileNamesAreEncodedSoNoCharacterCanBreakTheHeader() {
        assertEquals(
                "attachment; filename*=UTF-8''a%0D%0ASet-Cookie%3A%20x%3D1%2C%27.pdf",
                AttachmentResource.contentDisposition("a\r\nSet-Cookie: x=1,'.pdf"));
    }

    private static AttachmentRecord record(String fileName, String contentType) {
        return new AttachmentRecord(
                42,
                "hr-xcmg",
                "91350100M000100Y43",
                "3203",
                fileName,
                contentType,
                PNG.length,
                SHA,
                Instant.parse("2026-03-10T02:30:00Z"));
    }

    /** A file's stream that remembers whether it was closed. */
    private static final class ClosingStream extends ByteArrayInputStream {

        volatile boolean closed;

        ClosingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** The body as the API writes it, with the application's own JSON configuration. */
    private static String json(Object entity) throws Exception {
        return new ObjectMapperProvider().getContext(Object.class).writeValueAsString(entity);
    }

    private ContainerResponse send(
            String method,
            String path,
            String contentType,
            byte[] body,
            String authorization,
            ByteArrayOutputStream output,
            String... ifNoneMatch)
            throws Exception {
        ApplicationHandler handler =
                new ApplicationHandler(ApiApplication.create(tokens, List.of(new AttachmentResource(attachments))));
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path),
                method,
                null,
                new MapPropertiesDelegate(),
                null);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (String tag : ifNoneMatch) {
            request.header("If-None-Match", tag);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
            request.setEntityStream(new ByteArrayInputStream(body));
        }
        return (output == null ? handler.apply(request) : handler.apply(request, output)).get();
    }
}
