package org.skilleval.core.lifecycle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jars signed by the JDK's own jarsigner with keys made by its keytool, as an enterprise would sign. */
class JarSignatureCheckTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path work;

    private static Path trusted;
    private static Path nobody;
    private static byte[] unsigned;
    private static byte[] signed;
    private static byte[] signedByStranger;

    @BeforeAll
    static void signJarsAsEnterprisesWould() throws Exception {
        trusted = Files.createDirectories(work.resolve("trusted"));
        nobody = Files.createDirectories(work.resolve("nobody"));
        Path keys = work.resolve("enterprise.p12");
        Path strangerKeys = work.resolve("stranger.p12");
        keytool(
                "-genkeypair",
                "-keystore",
                keys.toString(),
                "-alias",
                "enterprise",
                "-dname",
                "CN=Nanjing Equipment Plugins, O=Nanjing Equipment",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1");
        keytool(
                "-genkeypair",
                "-keystore",
                strangerKeys.toString(),
                "-alias",
                "stranger",
                "-dname",
                "CN=Stranger",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1");
        keytool(
                "-exportcert",
                "-rfc",
                "-keystore",
                keys.toString(),
                "-alias",
                "enterprise",
                "-file",
                trusted.resolve("nanjing-equipment.pem").toString());
        Files.writeString(trusted.resolve("notes.pem"), "not a certificate", StandardCharsets.UTF_8);

        unsigned = plugin();
        signed = sign(unsigned, keys, "enterprise");
        signedByStranger = sign(unsigned, strangerKeys, "stranger");
    }

    @Test
    void aJarSignedByATrustedKeyPassesNamingTheSigner() {
        JarSignatureCheck.Outcome outcome = new JarSignatureCheck(trusted, true).check(signed);

        assertTrue(outcome.check().passed());
        assertTrue(outcome.violation().isEmpty());
        assertTrue(outcome.check().message().zh().contains("Nanjing Equipment Plugins"), outcome.toString());
    }

    @Test
    void anUnsignedJarIsReportedAndRefusedOnlyWhereSignaturesAreRequired() {
        JarSignatureCheck.Outcome optional = new JarSignatureCheck(trusted, false).check(unsigned);
        JarSignatureCheck.Outcome required = new JarSignatureCheck(trusted, true).check(unsigned);

        assertTrue(optional.violation().isEmpty());
        assertTrue(optional.check().message().zh().contains("未签名"), optional.toString());
        assertEquals("signature", required.violation().orElseThrow().rule());
        assertFalse(required.check().passed());
    }

    @Test
    void aKeyTheProvinceDoesNotTrustIsNamedAndRefusedWhereRequired() {
        JarSignatureCheck.Outcome required = new JarSignatureCheck(trusted, true).check(signedByStranger);
        JarSignatureCheck.Outcome untrustedDirectory = new JarSignatureCheck(nobody, true).check(signed);
        JarSignatureCheck.Outcome optional = new JarSignatureCheck(trusted, false).check(signedByStranger);

        assertTrue(required.violation().orElseThrow().message().en().contains("Stranger"), required.toString());
        assertTrue(untrustedDirectory.violation().isPresent());
        assertTrue(optional.violation().isEmpty());
        assertTrue(optional.check().message().en().contains("does not trust"), optional.toString());
    }

    @Test
    void aFileChangedAfterSigningIsAlwaysRefused() throws Exception {
        byte[] tampered = rewrite(signed, "org/example/Mentoring.class", "changed after signing");

        JarSignatureCheck.Outcome outcome = new JarSignatureCheck(trusted, false).check(tampered);

        assertEquals("signature", outcome.violation().orElseThrow().rule());
        assertTrue(outcome.check().message().en().contains("broken"), outcome.toString());
    }

    @Test
    void aFileAddedAfterSigningMakesTheJarPartlySigned() throws Exception {
        byte[] extended = rewrite(signed, "org/example/Extra.class", "added after signing");

        JarSignatureCheck.Outcome outcome = new JarSignatureCheck(trusted, true).check(extended);

        assertTrue(outcome.violation().orElseThrow().message().en().contains("partly signed"), outcome.toString());
    }

    private static byte[] plugin() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "com.example.mentoring");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("org/example/Mentoring.class"));
            jar.write("the plugin's code".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] sign(byte[] jar, Path keys, String alias) throws Exception {
        Path file = Files.createTempFile(work, alias, ".jar");
        Files.write(file, jar);
        run(List.of(tool("jarsigner"), "-keystore", keys.toString(), "-storepass", PASSWORD, file.toString(), alias));
        return Files.readAllBytes(file);
    }

    /** The jar with {@code name} replaced (or added) and every other entry, signature files included, kept. */
    private static byte[] rewrite(byte[] jar, String name, String content) throws IOException {
        Path file = Files.createTempFile(work, "rewrite", ".jar");
        Files.write(file, jar);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarFile original = new JarFile(file.toFile(), false);
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            boolean replaced = false;
            List<String> names = new ArrayList<>();
            for (Enumeration<JarEntry> entries = original.entries(); entries.hasMoreElements(); ) {
                names.add(entries.nextElement().getName());
            }
            for (String entry : names) {
                out.putNextEntry(new ZipEntry(entry));
                if (entry.equals(name)) {
                    out.write(content.getBytes(StandardCharsets.UTF_8));
                    replaced = true;
                } else {
                    out.write(original.getInputStream(original.getEntry(entry)).readAllBytes());
                }
                out.closeEntry();
            }
            if (!replaced) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(tool("keytool")));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-validity", "3650"));
        if (arguments[0].equals("-exportcert")) {
            command.removeAll(List.of("-validity", "3650"));
        }
        run(command);
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
