package dev.verbatim.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes hostile page files for the file-reading commands, each small on disk however large it
 * claims to be: a gzip bomb, a sparse file, a corrupt gzip file, bad sidecars, two files of one URL.
 */
final class HostileFiles {

    private HostileFiles() {
    }

    /** A normal article with its sidecar URL. */
    static Path article(Path dir, String name, String url) throws IOException {
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, "<html><body><article><h1>Harbour cranes return to " + name + "</h1><p>The port authority"
                + " said on Monday that the cranes will be back in service by spring, after a winter of repairs.</p>"
                + "</article></body></html>", StandardCharsets.UTF_8);
        sidecar(page, url);
        return page;
    }

    private static byte[] gibibyteBomb;

    /** A gzip file that inflates to 1 GiB of zeros (about 1 MiB on disk; compressed once per JVM). */
    static Path gzipBomb(Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name + ".html.gz"), gibibyteBomb());
    }

    private static synchronized byte[] gibibyteBomb() throws IOException {
        if (gibibyteBomb == null) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            byte[] zeros = new byte[1 << 20];
            try (OutputStream out = new GZIPOutputStream(bytes, 1 << 16)) {
                for (int i = 0; i < 1024; i++) {
                    out.write(zeros);
                }
            }
            gibibyteBomb = bytes.toByteArray();
        }
        return gibibyteBomb;
    }

    /** A sparse file of {@code bytes} bytes that takes no room on disk. */
    static Path sparse(Path dir, String name, long bytes) throws IOException {
        Path page = dir.resolve(name + ".html");
        try (RandomAccessFile f = new RandomAccessFile(page.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return page;
    }

    /** A file named {@code .gz} that is not gzip: it cannot be read. */
    static Path corruptGzip(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name + ".html.gz"), "<p>not gzip at all</p>", StandardCharsets.UTF_8);
    }

    /** A page whose sidecar holds {@code url} verbatim (any characters, JSON-escaped). */
    static Path withSidecarUrl(Path dir, String name, String url) throws IOException {
        Path page = Files.writeString(dir.resolve(name + ".html"), "<p>a page with a bad sidecar</p>", StandardCharsets.UTF_8);
        sidecar(page, url);
        return page;
    }

    private static void sidecar(Path page, String url) throws IOException {
        StringBuilder json = new StringBuilder("{\"url\":\"");
        for (char c : url.toCharArray()) {
            json.append(c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)
                    ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        json.append("\",\"content_type\":\"text/html; charset=utf-8\",\"fetched_at\":\"2026-01-01T10:00:00Z\"}");
        Files.writeString(page.resolveSibling(page.getFileName() + ".meta.json"), json, StandardCharsets.UTF_8);
    }
}
