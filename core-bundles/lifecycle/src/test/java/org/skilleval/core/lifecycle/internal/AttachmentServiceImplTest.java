package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.lifecycle.AttachmentService.Download;
import org.skilleval.core.persistence.AttachmentStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.UnifiedSocialCreditCode;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;

class AttachmentServiceImplTest {

    private static final String XUZHOU_CODE = "91350100M000100Y43";
    private static final String OTHER_CODE = valid("91320200MA1NXK6T1");
    private static final long LIMIT = 64 * 1024;

    private static final Caller XUZHOU_HR =
            Caller.fromJaasRoles("hr-xcmg", List.of("enterprise", "enterprise:" + XUZHOU_CODE));
    private static final Caller OTHER_HR =
            Caller.fromJaasRoles("hr-other", List.of("enterprise", "enterprise:" + OTHER_CODE));
    private static final Caller WANG =
            Caller.fromJaasRoles("wang", List.of("applicant", "applicant:" + XUZHOU_CODE + "-E0017"));
    private static final Caller LI =
            Caller.fromJaasRoles("li", List.of("applicant", "applicant:" + XUZHOU_CODE + "-E0018"));
    private static final Caller XUZHOU = Caller.fromJaasRoles("xuzhou", List.of("city", "city:3203"));
    private static final Caller NANJING = Caller.fromJaasRoles("nanjing", List.of("city", "city:3201"));
    private static final Caller PROVINCE = Caller.fromJaasRoles("province", List.of("province"));
    private static final Caller EXPERT = Caller.fromJaasRoles("expert", List.of("expert", "expert:9"));

    @TempDir
    Path directory;

    private final InMemoryAttachments store = new InMemoryAttachments();
    private final ParticipationStore participations = mock(ParticipationStore.class);
    private AttachmentServiceImpl service;

    private static String valid(String first17) {
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    @BeforeEach
    void createService() {
        when(participations.cityOf(XUZHOU_CODE)).thenReturn(Optional.of("3203"));
        when(participations.cityOf(OTHER_CODE)).thenReturn(Optional.of("3202"));
        service = new AttachmentServiceImpl(
                directory, LIMIT, Set.of("image/jpeg", "image/png", "application/pdf"), store, participations);
    }

    @Test
    void anUploadIsReadBackByteForByteWithItsMetadata() throws Exception {
        byte[] pdf = pdf(10_000, 1);

        AttachmentRecord stored = service.store(
                XUZHOU_HR, "高级技师证书.pdf", "application/pdf; charset=binary", new ByteArrayInputStream(pdf));

        assertEquals("hr-xcmg", stored.ownerKey());
        assertEquals(XUZHOU_CODE, stored.creditCode());
        assertEquals("3203", stored.cityCode());
        assertEquals("高级技师证书.pdf", stored.fileName());
        assertEquals("application/pdf", stored.contentType());
        assertEquals(10_000, stored.size());
        assertEquals(sha256(pdf), stored.sha256());
        assertEquals(new AuditActor("hr-xcmg", "enterprise"), store.actors.get(stored.id()));
        try (Download download = service.open(XUZHOU_HR, stored.id())) {
            assertEquals(stored, download.meta());
            assertArrayEquals(pdf, download.content().readAllBytes());
        }
    }

    @Test
    void theBytesLiveUnderTheirDigestInATwoLevelFanOut() throws Exception {
        byte[] png = png(5_000, 2);
        String sha = sha256(png);

        service.store(XUZHOU_HR, "photo.png", "image/png", new ByteArrayInputStream(png));

        assertArrayEquals(
                png,
                Files.readAllBytes(directory
                        .resolve(sha.substring(0, 2))
                        .resolve(sha.substring(2, 4))
                        .resolve(sha)));
        assertEquals(List.of(directory.resolve(sha.substring(0, 2))), list(directory));
    }

    @Test
    void theSameContentIsStoredOnceOnDisk() throws Exception {
        byte[] jpeg = jpeg(20_000, 3);

        AttachmentRecord first = service.store(XUZHOU_HR, "a.jpg", "image/jpeg", new ByteArrayInputStream(jpeg));
        AttachmentRecord second = service.store(WANG, "b.jpg", "image/jpeg", new ByteArrayInputStream(jpeg));

        assertNotEquals(first.id(), second.id());
        assertEquals(1, regularFiles().size());
        try (Download download = service.open(WANG, second.id())) {
            assertEquals("b.jpg", download.meta().fileName());
            assertArrayEquals(jpeg, download.content().readAllBytes());
        }
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        AttachmentRecord stored =
                service.store(XUZHOU_HR, "max.pdf", "application/pdf", new ByteArrayInputStream(pdf((int) LIMIT, 4)));

        assertEquals(LIMIT, stored.size());
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothingBehind() throws Exception {
        RuleViolationException refused = assertThrows(
                RuleViolationException.class,
                () -> service.store(
                        XUZHOU_HR, "big.pdf", "application/pdf", new ByteArrayInputStream(pdf((int) LIMIT + 1, 5))));

        assertEquals("file", refused.field());
        assertEquals("size", refused.rule());
        assertEquals(List.of(), regularFiles());
        assertTrue(store.records.isEmpty());
    }

    @Test
    void anEndlessUploadIsCutOffAtTheLimitWhileItIsRead() throws Exception {
        InputStream endless = new InputStream() {
            private static final String HEAD = "%PDF-1.7\n";
            private long position;

            @Override
            public int read() {
                return position < HEAD.length() ? HEAD.charAt((int) position++) : 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return length;
            }
        };

        RuleViolationException refused = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(
                        RuleViolationException.class,
                        () -> service.store(XUZHOU_HR, "endless.pdf", "application/pdf", endless)));

        assertEquals("size", refused.rule());
        assertEquals(List.of(), regularFiles());
    }

    @Test
    void contentThatIsNotOfItsDeclaredTypeIsRefused() throws Exception {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        for (String type : List.of("image/png", "image/jpeg", "application/pdf")) {
            RuleViolationException refused = assertThrows(
                    RuleViolationException.class,
                    () -> service.store(XUZHOU_HR, "x", type, new ByteArrayInputStream(html)),
                    type);
            assertEquals("file", refused.field());
            assertEquals("content-mismatch", refused.rule());
        }
        RuleViolationException pdfAsPng = assertThrows(
                RuleViolationException.class,
                () -> service.store(XUZHOU_HR, "x.png", "image/png", new ByteArrayInputStream(pdf(100, 6))));
        assertEquals("content-mismatch", pdfAsPng.rule());
        assertEquals(
                "content-mismatch",
                assertThrows(
                                RuleViolationException.class,
                                () -> service.store(
                                        XUZHOU_HR,
                                        "empty.pdf",
                                        "application/pdf",
                                        new ByteArrayInputStream(new byte[0])))
                        .rule());
        assertEquals(List.of(), regularFiles());
        assertTrue(store.records.isEmpty());
    }

    @Test
    void aTypeThatIsNotAcceptedIsRefused() {
        for (String type : java.util.Arrays.asList("text/html", "image/svg+xml", "application/octet-stream", null)) {
            RuleViolationException refused = assertThrows(
                    RuleViolationException.class,
                    () -> service.store(XUZHOU_HR, "x.pdf", type, new ByteArrayInputStream(pdf(100, 7))),
                    String.valueOf(type));
            assertEquals("content-type", refused.rule());
        }
    }

    @Test
    void aConfigurationCanNarrowTheAcceptedTypesButNotAddUncheckableOnes() {
        AttachmentServiceImpl pdfOnly = new AttachmentServiceImpl(
                directory, LIMIT, Set.of("application/pdf", "text/html"), store, participations);

        assertEquals(
                "content-type",
                assertThrows(
                                RuleViolationException.class,
                                () -> pdfOnly.store(
                                        XUZHOU_HR, "p.png", "image/png", new ByteArrayInputStream(png(100, 8))))
                        .rule());
        assertEquals(
                "content-type",
                assertThrows(
                                RuleViolationException.class,
                                () -> pdfOnly.store(
                                        XUZHOU_HR,
                                        "p.html",
                                        "text/html",
                                        new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8))))
                        .rule());
    }

    @Test
    void fileNamesLoseTheirPathAndInvisibleCharacters() {
        assertEquals("证书.pdf", AttachmentServiceImpl.sanitisedFileName("C:\\fakepath\\..\\证书.pdf"));
        assertEquals("passwd", AttachmentServiceImpl.sanitisedFileName("../../etc/passwd"));
        // U+202E would make "photogpj.exe" read as "photoexe.jpg"
        assertEquals("photogpj.exe", AttachmentServiceImpl.sanitisedFileName("photo\u202Egpj.exe"));
        assertEquals("a b.pdf", AttachmentServiceImpl.sanitisedFileName(" a\r\n\u0000 b.pdf\t"));
        for (String nothing : java.util.Arrays.asList(null, "", "   ", "dir/", "..", "\u0007")) {
            RuleViolationException refused = assertThrows(
                    RuleViolationException.class,
                    () -> AttachmentServiceImpl.sanitisedFileName(nothing),
                    String.valueOf(nothing));
            assertEquals("fileName", refused.field());
            assertEquals("required", refused.rule());
        }
    }

    @Test
    void aLongFileNameIsCutTo200CharactersKeepingItsExtension() {
        String name = AttachmentServiceImpl.sanitisedFileName("业绩".repeat(150) + ".pdf");

        assertEquals(200, name.length());
        assertTrue(name.endsWith("业绩.pdf"), name);
        // A character outside the BMP is never cut in half.
        String emoji = AttachmentServiceImpl.sanitisedFileName("a" + "\uD83D\uDE00".repeat(150) + ".png");
        assertTrue(emoji.length() <= 200, emoji);
        assertTrue(emoji.endsWith(".png"));
        assertTrue(emoji.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
    }

    @Test
    void anApplicantUploadsForTheEnterpriseInTheirScope() {
        AttachmentRecord stored = service.store(WANG, "照片.jpg", "image/jpeg", new ByteArrayInputStream(jpeg(1000, 9)));

        assertEquals(XUZHOU_CODE, stored.creditCode());
        assertEquals("3203", stored.cityCode());
        assertEquals("wang", stored.ownerKey());
        assertEquals(new AuditActor("wang", "applicant"), store.actors.get(stored.id()));
    }

    @Test
    void anApplicantWithoutACreditCodeInTheirScopeCannotUpload() {
        Caller broken = Caller.fromJaasRoles("broken", List.of("applicant", "applicant:E0017"));
        Caller madeUp = Caller.fromJaasRoles("madeup", List.of("applicant", "applicant:ACME-E0017"));

        assertThrows(
                AccessDeniedException.class,
                () -> service.store(broken, "x.pdf", "application/pdf", new ByteArrayInputStream(pdf(100, 10))));
        assertThrows(
                AccessDeniedException.class,
                () -> service.store(madeUp, "x.pdf", "application/pdf", new ByteArrayInputStream(pdf(100, 10))));
        assertTrue(store.records.isEmpty());
    }

    @Test
    void onlyEnterprisesAndApplicantsUpload() {
        for (Caller caller : List.of(PROVINCE, XUZHOU, EXPERT)) {
            assertThrows(
                    AccessDeniedException.class,
                    () -> service.store(caller, "x.pdf", "application/pdf", new ByteArrayInputStream(pdf(100, 11))),
                    caller.username());
        }
        assertTrue(store.records.isEmpty());
    }

    @Test
    void theProvinceTheEnterprisesCityAndTheEnterpriseMayDownload() throws Exception {
        long id = uploadedByWang();

        for (Caller caller : List.of(PROVINCE, XUZHOU, XUZHOU_HR, WANG)) {
            try (Download download = service.open(caller, id)) {
                assertEquals(id, download.meta().id(), caller.username());
            }
        }
    }

    @Test
    void anotherEnterpriseFindsNoSuchAttachment() {
        long id = uploadedByWang();

        NotFoundException missing = assertThrows(NotFoundException.class, () -> service.open(OTHER_HR, id));
        assertEquals("Attachment", missing.objectType());
        assertEquals(Long.toString(id), missing.objectId());
    }

    @Test
    void anotherCityAnotherApplicantAndAnExpertFindNoSuchAttachment() {
        long id = uploadedByWang();

        for (Caller caller : List.of(NANJING, LI, EXPERT)) {
            assertThrows(NotFoundException.class, () -> service.open(caller, id), caller.username());
        }
    }

    @Test
    void anEnterpriseNotYetKnownToACityIsSeenByNoCity() throws Exception {
        when(participations.cityOf(XUZHOU_CODE)).thenReturn(Optional.empty());
        AttachmentRecord stored =
                service.store(XUZHOU_HR, "x.pdf", "application/pdf", new ByteArrayInputStream(pdf(100, 12)));

        assertNull(stored.cityCode());
        assertThrows(NotFoundException.class, () -> service.open(XUZHOU, stored.id()));
        try (Download download = service.open(XUZHOU_HR, stored.id())) {
            assertEquals(stored, download.meta());
        }
    }

    @Test
    void anUnknownAttachmentIsNotFoundEvenForTheProvince() {
        assertThrows(NotFoundException.class, () -> service.open(PROVINCE, 404));
    }

    private long uploadedByWang() {
        return service.store(WANG, "证书.pdf", "application/pdf", new ByteArrayInputStream(pdf(2000, 13)))
                .id();
    }

    private List<Path> regularFiles() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }

    private static byte[] pdf(int size, long seed) {
        return withHead("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size, seed);
    }

    private static byte[] png(int size, long seed) {
        return withHead(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, size, seed);
    }

    private static byte[] jpeg(int size, long seed) {
        return withHead(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, size, seed);
    }

    private static byte[] withHead(byte[] head, int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The store as the service sees it: what it keeps comes back from find. */
    private static final class InMemoryAttachments implements AttachmentStore {

        final Map<Long, AttachmentRecord> records = new ConcurrentHashMap<>();
        final Map<Long, AuditActor> actors = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public AttachmentRecord create(
                String ownerKey,
                String creditCode,
                String cityCode,
                String fileName,
                String contentType,
                long size,
                String sha256,
                AuditActor actor) {
            AttachmentRecord created = new AttachmentRecord(
                    ids.incrementAndGet(),
                    ownerKey,
                    creditCode,
                    cityCode,
                    fileName,
                    contentType,
                    size,
                    sha256,
                    Instant.parse("2026-03-10T02:30:00Z"));
            records.put(created.id(), created);
            actors.put(created.id(), actor);
            return created;
        }

        @Override
        public Optional<AttachmentRecord> find(long id) {
            return Optional.ofNullable(records.get(id));
        }
    }
}
