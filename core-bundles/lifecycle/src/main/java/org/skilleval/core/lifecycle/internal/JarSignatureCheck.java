package org.skilleval.core.lifecycle.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import javax.security.auth.x500.X500Principal;
import org.skilleval.core.lifecycle.PluginUploadService.Check;
import org.skilleval.plugin.api.dto.LocalizedText;
import org.skilleval.plugin.api.dto.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether an uploaded jar is signed by a key the province trusts. The trusted certificates are PEM
 * files in a directory of {@code etc/} (a signer's own certificate, or a CA that issued it), read at
 * each upload so that adding one needs no restart. A broken signature (an entry changed after
 * signing) is always refused; an unsigned jar, a partly signed one, or one signed by an unknown key
 * is refused only where the province requires signatures, and otherwise reported as such.
 */
final class JarSignatureCheck {

    private static final Logger LOG = LoggerFactory.getLogger(JarSignatureCheck.class);

    private final Path trustedDirectory;
    private final boolean required;

    JarSignatureCheck(Path trustedDirectory, boolean required) {
        this.trustedDirectory = trustedDirectory;
        this.required = required;
    }

    /** The outcome: one report line, and the violation that refuses the upload, if any. */
    record Outcome(Check check, Optional<Violation> violation) {

        static Outcome passed(String zh, String en) {
            return new Outcome(new Check("signature", true, LocalizedText.of(zh, en)), Optional.empty());
        }

        static Outcome refused(String zh, String en) {
            return new Outcome(
                    new Check("signature", false, LocalizedText.of(zh, en)),
                    Optional.of(PluginBundleCheck.violation("signature", zh, en)));
        }
    }

    Outcome check(byte[] jar) {
        Signers signers;
        try {
            signers = signers(jar);
        } catch (SecurityException e) {
            return Outcome.refused(
                    "JAR 签名无效：签名后有文件被改动（" + brief(e.getMessage()) + "）",
                    "the jar's signature is broken: a file was changed after signing (" + brief(e.getMessage()) + ")");
        } catch (IOException e) {
            return Outcome.refused("无法读取 JAR 以检查签名", "the jar could not be read to check its signature");
        }
        if (signers.entries == 0 || signers.unsigned > 0) {
            String zh = signers.signedBy.isEmpty() ? "JAR 未签名" : "JAR 只有部分文件签名（" + signers.unsigned + " 个文件未签名）";
            String en = signers.signedBy.isEmpty()
                    ? "the jar is not signed"
                    : "the jar is only partly signed (" + signers.unsigned + " files unsigned)";
            return required
                    ? Outcome.refused(zh + "，而省中心要求插件签名", en + ", and the province requires signed plugins")
                    : Outcome.passed(zh + "（省中心未要求签名）", en + " (the province does not require signatures)");
        }
        List<X509Certificate> trusted = trusted();
        Optional<X509Certificate> trustedSigner = signers.signedBy.stream()
                .filter(path -> isTrusted(path, trusted))
                .map(path -> path.get(0))
                .findFirst();
        if (trustedSigner.isPresent()) {
            String who = commonName(trustedSigner.get().getSubjectX500Principal());
            return Outcome.passed("由省中心信任的密钥签名：" + who, "signed by a key the province trusts: " + who);
        }
        String who = commonName(signers.signedBy.get(0).get(0).getSubjectX500Principal());
        String zh = "JAR 由 " + who + " 签名，但该密钥不在省中心的信任列表中";
        String en = "the jar is signed by " + who + ", a key the province does not trust";
        return required
                ? Outcome.refused(zh, en)
                : Outcome.passed(zh + "（省中心未要求签名）", en + " (the province does not require signatures)");
    }

    /** Who signed the jar's entries; reading each entry whole makes the JDK verify its digest. */
    private static Signers signers(byte[] jar) throws IOException {
        Signers signers = new Signers();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar), true)) {
            JarEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = in.getNextJarEntry()) != null) {
                while (in.read(buffer) >= 0) {
                    // the digest is checked as the entry is read to its end
                }
                if (entry.isDirectory() || isSignatureFile(entry.getName())) {
                    continue;
                }
                signers.entries++;
                CodeSigner[] codeSigners = entry.getCodeSigners();
                if (codeSigners == null || codeSigners.length == 0) {
                    signers.unsigned++;
                    continue;
                }
                for (CodeSigner signer : codeSigners) {
                    List<X509Certificate> path = new ArrayList<>();
                    for (Certificate certificate : signer.getSignerCertPath().getCertificates()) {
                        if (certificate instanceof X509Certificate x509) {
                            path.add(x509);
                        }
                    }
                    if (!path.isEmpty() && !signers.signedBy.contains(path)) {
                        signers.signedBy.add(path);
                    }
                }
            }
        }
        return signers;
    }

    private static final class Signers {
        int entries;
        int unsigned;
        final List<List<X509Certificate>> signedBy = new ArrayList<>();
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF")
                || upper.endsWith(".SF")
                || upper.endsWith(".RSA")
                || upper.endsWith(".DSA")
                || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }

    /** A signer is trusted when a certificate of its path is trusted, or was issued by a trusted one. */
    private static boolean isTrusted(List<X509Certificate> path, List<X509Certificate> trusted) {
        for (X509Certificate certificate : path) {
            for (X509Certificate anchor : trusted) {
                if (certificate.equals(anchor) || issuedBy(certificate, anchor)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate anchor) {
        if (!certificate.getIssuerX500Principal().equals(anchor.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(anchor.getPublicKey());
            certificate.checkValidity();
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The certificates in the trusted directory, read now; a file that is no certificate is logged and skipped. */
    List<X509Certificate> trusted() {
        List<X509Certificate> certificates = new ArrayList<>();
        if (!Files.isDirectory(trustedDirectory)) {
            return certificates;
        }
        Set<String> seen = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(trustedDirectory, "*.{pem,crt,cer}")) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (Certificate certificate : factory.generateCertificates(in)) {
                        if (certificate instanceof X509Certificate x509
                                && seen.add(x509.getSerialNumber() + "/" + x509.getIssuerX500Principal())) {
                            certificates.add(x509);
                        }
                    }
                } catch (IOException | CertificateException e) {
                    LOG.warn("Trusted plugin signer {} is not a readable X.509 certificate: skipped", file, e);
                }
            }
        } catch (IOException | CertificateException e) {
            LOG.warn("The trusted plugin signers in {} cannot be read", trustedDirectory, e);
        }
        return certificates;
    }

    private static String commonName(X500Principal principal) {
        String name = principal.getName(X500Principal.RFC2253);
        for (String part : name.split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return name;
    }

    private static String brief(String message) {
        String text = message == null ? "" : message;
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
