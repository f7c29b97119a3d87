package org.skilleval.core.console.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * The built console's files, read once from the bundle and kept in memory with their gzip form and
 * an entity tag. A bundle's content never changes while it is installed (an update is a new
 * bundle revision and a new component), so nothing here is ever invalidated.
 */
final class ConsoleAssets {

    /** One file of the console, ready to send. */
    record Asset(String path, String contentType, byte[] bytes, byte[] gzipped, String etag) {

        boolean compressible() {
            return gzipped != null;
        }
    }

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private static final java.util.Set<String> COMPRESSIBLE =
            java.util.Set.of("html", "js", "mjs", "css", "json", "svg", "txt");

    private final Function<String, URL> lookup;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /** @param lookup finds a file of the build by its path below the console root, e.g. {@code /index.html} */
    ConsoleAssets(Function<String, URL> lookup) {
        this.lookup = lookup;
    }

    /**
     * The file at this request path, if the build has it. Paths that try to leave the console's
     * directory ({@code ..}, backslashes, encoded separators) are never looked up.
     */
    Optional<Asset> find(String path) {
        if (!isSafe(path)) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(path, this::load);
    }

    static boolean isSafe(String path) {
        if (path == null || !path.startsWith("/") || path.endsWith("/") || path.length() > 200) {
            return false;
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return path.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\' && c != '%' && c != ':');
    }

    private Optional<Asset> load(String path) {
        URL url = lookup.apply(path);
        if (url == null) {
            return Optional.empty();
        }
        String extension = extension(path);
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read console file " + path, e);
        }
        byte[] gzipped = COMPRESSIBLE.contains(extension) && bytes.length > 256 ? gzip(bytes) : null;
        return Optional.of(new Asset(
                path, CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"), bytes, gzipped, etag(bytes)));
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
