package org.skilleval.core.lifecycle;

import java.io.InputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.PluginUploadRecord;
import org.skilleval.core.security.Caller;
import org.skilleval.plugin.api.dto.LocalizedText;

/**
 * Enterprise-owned plugins (企业自有插件): an enterprise uploads its own plugin bundle, the platform
 * checks it without running it, the enterprise's city agency or the province reviews it, and on
 * approval the platform installs and starts it, with no operator. The plugin is then usable only
 * in that enterprise's own work plans. Upgrades (a newer version of the same bundle) and removal
 * take the same path. Every step is audited under the name of whoever took it.
 *
 * <p>Tenancy: an enterprise sees only its own uploads, a city agency those of its city's
 * enterprises, the province all; anything else does not exist for the caller.
 *
 * @since 2.3
 */
@ProviderType
public interface PluginUploadService {

    /**
     * One check of the static report.
     *
     * @param name {@code size}, {@code bundle}, {@code imports}, {@code wiring}, {@code ownership}
     *     or {@code signature}
     * @param passed whether the bundle passed it
     * @param message what was found
     */
    record Check(String name, boolean passed, LocalizedText message) {}

    /** A stored upload and the report of the checks it passed. */
    record Uploaded(PluginUploadRecord upload, List<Check> report) {}

    /**
     * An enterprise's HR uploads a bundle. It is checked and, when it passes, stored as
     * {@link PluginUploadRecord.Status#PENDING}; when it fails nothing is stored.
     *
     * @param fileName the name to show; optional
     * @param jar the bundle's bytes; read up to the configured limit
     * @throws org.skilleval.core.security.AccessDeniedException for a caller who is no enterprise
     * @throws org.skilleval.plugin.api.InvalidInputException listing every check the bundle failed
     *     (field {@code file}, the check's name as the rule)
     */
    Uploaded upload(Caller caller, String fileName, InputStream jar);

    /** The uploads the caller may see, newest first. */
    List<PluginUploadRecord> list(Caller caller);

    /** @throws org.skilleval.core.domain.NotFoundException when it does not exist for the caller */
    PluginUploadRecord find(Caller caller, long id);

    /**
     * The enterprise's city agency or the province decides on a pending upload or removal, with a
     * reason. Approving an upload installs and starts its bundle; approving a removal uninstalls it.
     *
     * @param expectedVersion the version the reviewer read
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code required} without a reason,
     *     {@code not-pending} when nothing waits for a decision, {@code install-failed} when the
     *     bundle does not install or start (the upload then stays pending)
     * @throws org.skilleval.core.domain.ConflictException on a stale version
     */
    PluginUploadRecord review(Caller caller, long id, long expectedVersion, boolean approve, String reason);

    /**
     * The owning enterprise asks for its installed plugin to be removed; its reviewer decides.
     *
     * @throws org.skilleval.core.rules.RuleViolationException rule {@code not-installed} for an upload
     *     that is not installed
     */
    PluginUploadRecord requestRemoval(Caller caller, long id, long expectedVersion, String reason);
}
