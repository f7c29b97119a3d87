package org.skilleval.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The documents a person downloads from the console: checked for what they are, kept under
 * target/documents, and each PDF page drawn as a PNG next to the screenshots (poppler's {@code
 * pdftoppm}), so that a person can look at what would be printed.
 */
final class Documents {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Documents() {}

    /**
     * Asserts the download is a PDF, keeps it as {@code name}.pdf and draws its pages.
     *
     * @return the text of the PDF (poppler's {@code pdftotext}), for checking what it says
     */
    static String keepPdf(String name, Browser.Download download) throws IOException, InterruptedException {
        assertDocument(download, PDF);
        assertEquals(
                "%PDF-",
                new String(download.body(), 0, Math.min(5, download.body().length), StandardCharsets.US_ASCII),
                download.address() + " is no PDF");
        Path file = keep(name + ".pdf", download);
        Path screenshots = Path.of(System.getProperty("skilleval.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        run(
                "pdftoppm",
                "-png",
                "-r",
                "60",
                file.toString(),
                screenshots.resolve("document-" + name).toString());
        try (Stream<Path> pages = Files.list(screenshots)) {
            assertTrue(
                    pages.anyMatch(p -> p.getFileName().toString().startsWith("document-" + name)),
                    "pdftoppm drew no page of " + file);
        }
        Path text = file.resolveSibling(name + ".txt");
        run("pdftotext", "-enc", "UTF-8", file.toString(), text.toString());
        return Files.readString(text, StandardCharsets.UTF_8);
    }

    /** Asserts the download is an Excel workbook (an OOXML zip) and keeps it as {@code name}.xlsx. */
    static Path keepWorkbook(String name, Browser.Download download) throws IOException {
        assertDocument(download, XLSX);
        assertTrue(
                download.body().length > 4 && download.body()[0] == 'P' && download.body()[1] == 'K',
                download.address() + " is no workbook");
        return keep(name + ".xlsx", download);
    }

    private static void assertDocument(Browser.Download download, String type) {
        assertEquals(
                200,
                download.status(),
                download.address() + " answered " + download.status() + ": "
                        + new String(download.body(), StandardCharsets.UTF_8));
        assertTrue(
                download.contentType() != null && download.contentType().startsWith(type),
                download.address() + " is " + download.contentType() + ", not " + type);
    }

    private static Path keep(String fileName, Browser.Download download) throws IOException {
        Path dir = Path.of(System.getProperty("skilleval.documents", "target/documents"));
        Files.createDirectories(dir);
        return Files.write(dir.resolve(fileName), download.body());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        Process process;
        try {
            process = new ProcessBuilder(line).redirectErrorStream(true).start();
        } catch (IOException missing) {
            fail(command[0] + " is missing: apt-get install -y poppler-utils (.ci/run installs it)");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            fail(String.join(" ", line) + " failed: " + output);
        }
    }
}
