package dev.verbatim.app;

import dev.verbatim.model.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo pages shipped in the jar under {@code /demo/}: written for this project (a Chinese
 * interview buried in spam, an English Q&amp;A, a plain-text Traditional interview, and one binary
 * file posing as HTML to show a rejection). {@code /demo/index.tsv} lists file, URL and content type.
 */
final class DemoPages {

    private static final Instant FETCHED_AT = Instant.parse("2026-11-01T08:00:00Z");

    private DemoPages() {
    }

    static List<RawPage> load() {
        List<RawPage> pages = new ArrayList<>();
        for (String line : resource("index.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            pages.add(new RawPage(f[1], f[2], FETCHED_AT, bytes(f[0])));
        }
        return pages;
    }

    private static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = DemoPages.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo page " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
