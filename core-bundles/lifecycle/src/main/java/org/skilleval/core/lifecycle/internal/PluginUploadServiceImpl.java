package org.skilleval.core.lifecycle.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.domain.AuditActor;
import org.skilleval.core.domain.ConflictException;
import org.skilleval.core.domain.NotFoundException;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.domain.PluginUploadRecord.Status;
import org.skilleval.core.lifecycle.PluginUploadService;
import org.skilleval.core.persistence.ParticipationStore;
import org.skilleval.core.persistence.PluginUploadStore;
import org.skilleval.core.pluginhost.PluginContainment;
import org.skilleval.core.pluginhost.UploadedBundles;
import org.skilleval.core.rules.RuleViolationException;
import org.skilleval.core.security.AccessDeniedException;
import org.skilleval.core.security.Caller;
import org.skilleval.core.security.Role;
import org.skilleval.plugin.api.InvalidInputException;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = PluginUploadService.class, configurationPid = PluginUploadConfiguration.PID)
@Designate(ocd = PluginUploadConfiguration.class)
public class PluginUploadServiceImpl implements PluginUploadService {

    static final String OBJECT_TYPE = "PluginUpload";
    static final int MAX_REASON_LENGTH = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(PluginUploadServiceImpl.class);

    private final PluginUploadStore uploads;
    private final ParticipationStore participations;
    private final PluginContainment containment;
    private final Bundles bundles;
    private final long maxBytes;
    private final JarSignatureCheck signatures;
    private final Clock clock;

    /** The framework as far as uploads need it; a seam for tests. */
    interface Bundles {
        /** Installs and starts the bundle; on any failure nothing stays installed. */
        void installAndStart(String location, byte[] jar) throws BundleException;

        /** Uninstalls the bundle at the location, if there is one. */
        void uninstall(String location) throws BundleException;

        /** The locations of the installed bundles with this symbolic name. */
        List<String> locationsOf(String symbolicName);
    }

    @Activate
    public PluginUploadServiceImpl(
            @Reference PluginUploadStore uploads,
            @Reference ParticipationStore participations,
            @Reference PluginContainment containment,
            @Reference Today today,
            BundleContext context,
            PluginUploadConfiguration configuration) {
        this(
                uploads,
                participations,
                containment,
                new FrameworkBundles(context, configuration.startLevel()),
                configuration.maxBytes(),
                new JarSignatureCheck(
                        Path.of(System.getProperty("karaf.etc", "etc")).resolve(configuration.trustedSigners()),
                        configuration.requireSignature()),
                today.clock());
    }

    PluginUploadServiceImpl(
            PluginUploadStore uploads,
            ParticipationStore participations,
            PluginContainment containment,
            Bundles bundles,
            long maxBytes,
            JarSignatureCheck signatures,
            Clock clock) {
        this.uploads = uploads;
        this.participations = participations;
        this.containment = containment;
        this.bundles = bundles;
        this.maxBytes = maxBytes;
        this.signatures = signatures;
        this.clock = clock;
    }

    @Override
    public Uploaded upload(Caller caller, String fileName, InputStream jar) {
        String creditCode = caller.pluginOwner()
                .orElseThrow(() -> new AccessDeniedException(caller.username()
                        + " may not upload plugins: only an enterprise's HR or plugin developer may"));
        String city = participations
                .cityOf(creditCode)
                .orElseThrow(() -> new RuleViolationException(
                        "enterprise",
                        "unknown-enterprise",
                        "本企业尚未被推荐为试点企业，不能上传插件",
                        "your enterprise has not been recommended as a pilot enterprise; it cannot upload plugins"));
        Objects.requireNonNull(jar, "jar");
        byte[] bytes = readBounded(jar);
        List<Check> report = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        report.add(new Check(
                "size",
                true,
                LocalizedText.of(
                        "大小 " + bytes.length + " 字节，上限 " + maxBytes + " 字节",
                        bytes.length + " bytes, at most " + maxBytes)));
        PluginBundleCheck.Result checked = PluginBundleCheck.check(bytes, containment::allowsImport);
        report.addAll(checked.checks());
        violations.addAll(checked.violations());
        if (!checked.symbolicName().isEmpty() && !checked.version().isEmpty()) {
            List<Violation> ownership = ownership(creditCode, checked.symbolicName(), checked.version());
            ownership.forEach(v -> report.add(new Check("ownership", false, v.message())));
            if (ownership.isEmpty()) {
                report.add(new Check(
                        "ownership",
                        true,
                        LocalizedText.of(
                                "bundle " + checked.symbolicName() + " 属于本企业，且版本高于已上传的版本",
                                "the bundle " + checked.symbolicName()
                                        + " is your enterprise's, and newer than any uploaded before")));
            }
            violations.addAll(ownership);
        }
        JarSignatureCheck.Outcome signed = signatures.check(bytes);
        report.add(signed.check());
        signed.violation().ifPresent(violations::add);
        InvalidInputException.throwIfAny(violations);
        PluginUploadRecord stored = uploads.create(
                new PluginUploadRecord(
                        0,
                        0,
                        creditCode,
                        city,
                        checked.symbolicName(),
                        checked.version(),
                        AttachmentServiceImpl.sanitisedFileName(
                                fileName == null || fileName.isBlank() ? checked.symbolicName() + ".jar" : fileName),
                        bytes.length,
                        sha256(bytes),
                        Status.PENDING,
                        caller.username(),
                        clock.instant(),
                        "",
                        null,
                        ""),
                bytes,
                ownerActor(caller));
        return new Uploaded(stored, List.copyOf(report));
    }

    /**
     * A symbolic name belongs to the enterprise that uploaded it first, and never to an uploader
     * when the platform or an operator installed a bundle of that name; an upgrade must be newer
     * than every version of it uploaded and not rejected.
     */
    private List<Violation> ownership(String creditCode, String symbolicName, String version) {
        List<Violation> found = new ArrayList<>();
        List<PluginUploadRecord> earlier = uploads.listBySymbolicName(symbolicName).stream()
                .filter(u -> u.status() != Status.REJECTED)
                .toList();
        boolean foreignUpload = earlier.stream().anyMatch(u -> !u.creditCode().equals(creditCode));
        boolean foreignBundle = bundles.locationsOf(symbolicName).stream()
                .anyMatch(location -> !PluginContainment.ownerOf(location).equals(Optional.of(creditCode)));
        if (foreignUpload || foreignBundle) {
            found.add(PluginBundleCheck.violation(
                    "ownership",
                    "Bundle-SymbolicName " + symbolicName + " 已被其他企业或平台使用",
                    "the Bundle-SymbolicName " + symbolicName + " is used by another enterprise or the platform"));
            return found;
        }
        Version uploaded = Version.parseVersion(version);
        Optional<Version> highest = earlier.stream()
                .map(u -> Version.parseVersion(u.bundleVersion()))
                .max(Version::compareTo);
        if (highest.isPresent() && uploaded.compareTo(highest.get()) <= 0) {
            found.add(PluginBundleCheck.violation(
                    "ownership",
                    "版本 " + version + " 不高于已上传的版本 " + highest.get() + "：升级请提高 Bundle-Version",
                    "the version " + version + " is not newer than the uploaded " + highest.get()
                            + "; an upgrade needs a higher Bundle-Version"));
        }
        return found;
    }

    @Override
    public List<PluginUploadRecord> list(Caller caller) {
        if (caller.has(Role.PROVINCE)) {
            return uploads.list(null, null);
        }
        if (caller.has(Role.CITY)) {
            return uploads.list(null, caller.city());
        }
        return caller.pluginOwner()
                .map(creditCode -> uploads.list(creditCode, null))
                .orElseThrow(() -> new AccessDeniedException(caller.username() + " may not list plugin uploads"));
    }

    @Override
    public PluginUploadRecord find(Caller caller, long id) {
        return uploads.find(id)
                .filter(u -> TenantScope.covers(caller, u.cityCode(), u.creditCode())
                        || caller.pluginOwner().filter(u.creditCode()::equals).isPresent())
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(id)));
    }

    @Override
    public synchronized PluginUploadRecord review(
            Caller caller, long id, long expectedVersion, boolean approve, String reason) {
        Role role;
        if (caller.has(Role.PROVINCE)) {
            role = Role.PROVINCE;
        } else if (caller.has(Role.CITY)) {
            role = Role.CITY;
        } else {
            throw new AccessDeniedException(caller.username() + " may not review plugin uploads");
        }
        // An enterprise that is also a reviewer is not covered here: only the reviewing roles count.
        PluginUploadRecord upload = uploads.find(id)
                .filter(u -> role == Role.PROVINCE || u.cityCode().equals(caller.city()))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(id)));
        String why = requiredReason(reason);
        AuditActor actor = new AuditActor(caller.username(), role.roleName());
        String location = PluginContainment.uploadLocation(upload.creditCode(), upload.id());
        if (upload.version() != expectedVersion) {
            // Refuse before touching the framework; the store checks again when it writes.
            throw ConflictException.stale(OBJECT_TYPE, id, expectedVersion);
        }
        return switch (upload.status()) {
            case PENDING -> approve
                    ? install(upload, location, why, actor)
                    : decide(upload, Status.REJECTED, "reject", why, actor);
            case REMOVAL_PENDING -> approve
                    ? remove(upload, location, why, actor)
                    : decide(upload, Status.INSTALLED, "reject-removal", why, actor);
            default -> throw new RuleViolationException(
                    "status",
                    "not-pending",
                    "该插件上传没有待审查的事项",
                    "nothing of this plugin upload waits for review (status " + upload.status() + ")");
        };
    }

    @Override
    public PluginUploadRecord requestRemoval(Caller caller, long id, long expectedVersion, String reason) {
        String owner = caller.pluginOwner()
                .orElseThrow(
                        () -> new AccessDeniedException(caller.username() + " may not ask for a plugin's removal"));
        PluginUploadRecord upload = uploads.find(id)
                .filter(u -> u.creditCode().equals(owner))
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, Long.toString(id)));
        String why = requiredReason(reason);
        if (upload.status() != Status.INSTALLED) {
            throw new RuleViolationException(
                    "status",
                    "not-installed",
                    "只有已安装的插件可以申请移除",
                    "only an installed plugin can be asked to be removed (status " + upload.status() + ")");
        }
        return uploads.decide(
                id,
                expectedVersion,
                Status.REMOVAL_PENDING,
                "request-removal",
                why,
                clock.instant(),
                ownerActor(caller));
    }

    /** The enterprise's HR or plugin developer, as the audit trail names who acted. */
    private static AuditActor ownerActor(Caller caller) {
        Role role = caller.has(Role.ENTERPRISE) ? Role.ENTERPRISE : Role.PLUGIN_DEVELOPER;
        return new AuditActor(caller.username(), role.roleName());
    }

    private PluginUploadRecord install(PluginUploadRecord upload, String location, String why, AuditActor actor) {
        byte[] jar = uploads.jar(upload.id())
                .orElseThrow(
                        () -> new IllegalStateException("the bytes of plugin upload " + upload.id() + " are missing"));
        try {
            bundles.installAndStart(location, jar);
        } catch (BundleException | RuntimeException failed) {
            LOG.info("Approved plugin upload {} ({}) did not install: {}", upload.id(), location, failed.getMessage());
            throw new RuleViolationException(
                    "upload",
                    "install-failed",
                    "插件安装或启动失败，仍待审查：" + failed.getMessage(),
                    "the plugin did not install or start and stays pending: " + failed.getMessage());
        }
        try {
            return decide(upload, Status.INSTALLED, "approve", why, actor);
        } catch (RuntimeException notRecorded) {
            // Installed but not recorded: take it away again, so that what runs is what the records say.
            try {
                bundles.uninstall(location);
            } catch (BundleException | RuntimeException stuck) {
                LOG.error(
                        "Plugin upload {} is installed at {} but its approval was not recorded",
                        upload.id(),
                        location,
                        stuck);
            }
            throw notRecorded;
        }
    }

    private PluginUploadRecord remove(PluginUploadRecord upload, String location, String why, AuditActor actor) {
        try {
            bundles.uninstall(location);
        } catch (BundleException failed) {
            throw new RuleViolationException(
                    "upload",
                    "uninstall-failed",
                    "插件卸载失败：" + failed.getMessage(),
                    "the plugin could not be uninstalled: " + failed.getMessage());
        }
        return decide(upload, Status.REMOVED, "approve-removal", why, actor);
    }

    private PluginUploadRecord decide(
            PluginUploadRecord upload, Status status, String action, String why, AuditActor actor) {
        return uploads.decide(upload.id(), upload.version(), status, action, why, clock.instant(), actor);
    }

    private static String requiredReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolationException("reason", "required", "请填写理由", "give a reason");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new RuleViolationException(
                    "reason",
                    "length",
                    "理由最多 " + MAX_REASON_LENGTH + " 个字符",
                    "at most " + MAX_REASON_LENGTH + " characters");
        }
        return why;
    }

    private byte[] readBounded(InputStream in) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    throw new InvalidInputException(
                            "file",
                            "size",
                            LocalizedText.of(
                                    "插件包过大，最大 " + maxBytes + " 字节",
                                    "the plugin bundle is too large; at most " + maxBytes + " bytes"));
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A plugin upload could not be read", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** The running framework. */
    private record FrameworkBundles(BundleContext context, int startLevel) implements Bundles {

        @Override
        public void installAndStart(String location, byte[] jar) throws BundleException {
            UploadedBundles.installAndStart(context, location, jar, startLevel);
        }

        @Override
        public void uninstall(String location) throws BundleException {
            UploadedBundles.uninstall(context, location);
        }

        @Override
        public List<String> locationsOf(String symbolicName) {
            List<String> locations = new ArrayList<>();
            for (Bundle bundle : context.getBundles()) {
                if (symbolicName.equals(bundle.getSymbolicName())) {
                    locations.add(bundle.getLocation());
                }
            }
            return locations;
        }
    }
}
