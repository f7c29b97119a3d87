package org.skilleval.core.lifecycle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;
import org.skilleval.core.domain.AttachmentRecord;
import org.skilleval.core.security.Caller;

/**
 * Files attached to applications (申报表附件): photos, certificate scans, evidence of achievements.
 * An enterprise's HR and its applicants upload for their own enterprise; the file then belongs to
 * that enterprise. The province, the enterprise's city, the enterprise itself and the applicant who
 * uploaded it may download it; for anyone else it does not exist.
 *
 * <p>The bytes are kept outside the database, once per distinct content, and are only ever complete:
 * a refused or interrupted upload leaves nothing behind.
 */
@ProviderType
public interface AttachmentService {

    /**
     * Stores an upload. The content is read to its end (or until it is refused) but not closed: it
     * belongs to the caller. Its length is counted while it is read; no declared length is trusted.
     *
     * @param caller an enterprise user ({@code enterprise:<credit code>}) or an applicant
     *     ({@code applicant:<credit code>-<employee number>}); the file belongs to that enterprise
     * @param fileName the name as the client gave it; any path and control characters are removed and
     *     it is cut to 200 characters, keeping its extension
     * @param contentType the declared media type; parameters such as {@code charset} are ignored
     * @param content the bytes
     * @return the stored attachment's metadata
     * @throws org.skilleval.core.security.AccessDeniedException when the caller is neither an
     *     enterprise user nor an applicant of a well-formed scope
     * @throws org.skilleval.core.rules.RuleViolationException field {@code fileName} rule
     *     {@code required} when no name is left after cleaning; field {@code file} with rule
     *     {@code content-type} for a type not accepted, {@code content-mismatch} when the bytes do not
     *     begin with the signature of the declared type, {@code size} when there are more bytes than
     *     the configured limit
     * @throws java.io.UncheckedIOException when reading the content or writing the file fails
     */
    AttachmentRecord store(Caller caller, String fileName, String contentType, InputStream content);

    /**
     * Opens an attachment for download.
     *
     * @return the metadata and a stream of the bytes, which the caller must close
     * @throws org.skilleval.core.domain.NotFoundException when there is no such attachment or the
     *     caller may not see it: the province, the enterprise's city, the enterprise and the applicant
     *     who uploaded it may
     */
    Download open(Caller caller, long id);

    /**
     * An attachment being downloaded. Closing it closes the stream.
     *
     * @param meta the attachment's metadata
     * @param content its bytes, to be closed by whoever received the download
     */
    record Download(AttachmentRecord meta, InputStream content) implements Closeable {

        public Download {
            Objects.requireNonNull(meta, "meta");
            Objects.requireNonNull(content, "content");
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
