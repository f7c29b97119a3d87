package org.skilleval.core.lifecycle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.lifecycle.AttachmentService;
import org.skilleval.core.persistence.AttachmentStore;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.rules.TextRules;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;

@Component(service = AttachmentService.class, configurationPid = AttachmentConfiguration.PID)
@Designate(ocd = AttachmentConfiguration.class)
public class AttachmentServiceImpl implements AttachmentService {

    static final String OBJECT_TYPE = "Attachment";
    static final int MAX_FILE_NAME_LENGTH = 200;

    // What each accepted type's bytes begin with. A type is accepted only if its signature can be
    // checked, so a file can never be stored under a type its bytes do not match.
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII));

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path directory;
    private final long maxBytes;
    private final Set<String> contentTypes;
    private final AttachmentStore attachments;
    private final ParticipationStore participations;

    @Activate
    public AttachmentServiceImpl(
            @Reference AttachmentStore attachments,
            @Reference ParticipationStore participations,
            AttachmentConfiguration configuration) {
        this(
                directory(configuration.directory()),
                configuration.maxBytes(),
                Set.of(configuration.contentTypes()),
                attachments,
                participations);
    }

    AttachmentServiceImpl(
            Path directory,
            long maxBytes,
            Set<String> contentTypes,
            AttachmentStore attachments,
            ParticipationStore participations) {
        this.directory = directory.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.contentTypes = contentTypes.stream()
                .map(type -> type.strip().toLowerCase(Locale.ROOT))
                .filter(SIGNATURES::containsKey)
                .collect(Collectors.toUnmodifiableSet());
        this.attachments = attachments;
        this.participations = participations;
    }

    private static Path directory(String configured) {
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "attachments")
                : Path.of(configured.strip());
    }

    @Override
    public AttachmentRecord store(Caller caller, String fileName, String contentType, InputStream content) {
        Role role;
        String creditCode;
        if (caller.has(Role.ENTERPRISE)) {
            role = Role.ENTERPRISE;
            creditCode = caller.enterprise();
        } else if (caller.has(Role.APPLICANT)) {
            role = Role.APPLICANT;
            creditCode = TenantScope.enterpriseOfApplicant(caller);
            if (creditCode == null) {
                throw new AccessDeniedException(caller.username() + " has no enterprise in their applicant scope");
            }
        } else {
            throw new AccessDeniedException(caller.username() + " may not upload attachments");
        }
        String name = sanitisedFileName(fileName);
        String type = acceptedType(contentType);
        Objects.requireNonNull(content, "content");
        Written written = write(content, SIGNATURES.get(type));
        String city = participations.cityOf(creditCode).orElse(null);
        return attachments.create(
                caller.username(),
                creditCode,
                city,
                name,
                type,
                written.size(),
                written.sha256(),
                new AuditActor(caller.username(), role.roleName()));
    }

    @Override
    public Download open(Caller caller, long id) {
        AttachmentRecord meta = attachments
                .find(id)
                .filter(attachment -> mayRead(caller, attachment))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(id)));
        try {
            return new Download(meta, Files.newInputStream(fileOf(meta.sha256())));
        } catch (IOException e) {
            // The metadata says the bytes are there: their absence is a fault of the installation.
            throw new UncheckedIOException("The file of attachment " + id + " cannot be read", e);
        }
    }

    private static boolean mayRead(Caller caller, AttachmentRecord attachment) {
        return TenantScope.covers(caller, attachment.cityCode(), attachment.creditCode())
                || (caller.has(Role.APPLICANT) && caller.username().equals(attachment.ownerKey()));
    }

    static String sanitisedFileName(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Control, bidi and zero-width characters (such as U+202E, which shows "gpj.exe" as
        // "exe.jpg") are never part of a name a person meant to give; the client's system chose the
        // name, so they are dropped rather than refused.
        name = TextRules.withoutUnsafe(name).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new RuleViolationException("fileName", "required", "请填写文件名", "a file name is required");
        }
        if (name.length() <= MAX_FILE_NAME_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        int keep = MAX_FILE_NAME_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep).strip() + extension;
    }

    private String acceptedType(String declared) {
        String type = declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!contentTypes.contains(type)) {
            String accepted = contentTypes.stream().sorted().collect(Collectors.joining(", "));
            throw new RuleViolationException(
                    "file",
                    "content-type",
                    "不支持该文件类型，只接受：" + accepted,
                    "this type of file is not accepted; accepted: " + accepted);
        }
        return type;
    }

    private record Written(String sha256, long size) {}

    /**
     * Copies the content to a temporary file in the storage directory, checking its signature and
     * counting its bytes as they come, then moves it atomically to its place by digest: a file at its
     * final path is always complete. The temporary file is gone afterwards, whatever happened.
     */
    private Written write(InputStream content, byte[] signature) {
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, ".upload-", ".tmp");
            MessageDigest digest = sha256();
            long size;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                byte[] head = content.readNBytes(signature.length);
                if (!Arrays.equals(head, signature)) {
                    throw new RuleViolationException(
                            "file",
                            "content-mismatch",
                            "文件内容与其声明的类型不符",
                            "the file's content does not match its declared type");
                }
                size = head.length;
                digest.update(head);
                out.write(head);
                byte[] buffer = new byte[BUFFER_SIZE];
                for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw tooLarge();
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
                if (size > maxBytes) {
                    throw tooLarge();
                }
                channel.force(true);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = fileOf(sha256);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    // The same bytes arrived at the same time and are already in place.
                }
            }
            return new Written(sha256, size);
        } catch (IOException e) {
            throw new UncheckedIOException("An upload could not be stored", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Best effort: a stray temporary file is never mistaken for an attachment.
                }
            }
        }
    }

    private RuleViolationException tooLarge() {
        long mebibytes = maxBytes / (1024 * 1024);
        String limit = mebibytes > 0 && maxBytes % (1024 * 1024) == 0 ? mebibytes + " MiB" : maxBytes + " bytes";
        return new RuleViolationException(
                "file", "size", "文件过大，最大 " + limit, "the file is too large; at most " + limit);
    }

    /** Where the bytes with this digest live: a two-level fan-out, {@code ab/cd/abcd…}. */
    Path fileOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
        return directory
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
