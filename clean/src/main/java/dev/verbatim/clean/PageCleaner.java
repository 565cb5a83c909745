package dev.verbatim.clean;

import dev.verbatim.model.Block;
import dev.verbatim.model.RawPage;
import dev.verbatim.model.Reason;
import dev.verbatim.model.Rejection;
import dev.verbatim.model.Stage;
import dev.verbatim.model.Transcript;
import dev.verbatim.model.TranscriptId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a raw page into a transcript or a rejection. PLACEHOLDER: the real step chain replaces this.
 *
 * <p>Thread-safe: build once, share across threads.
 */
public final class PageCleaner {

    private final CleanSettings settings;

    public PageCleaner(CleanSettings settings) {
        this.settings = settings;
    }

    public CleanSettings settings() {
        return settings;
    }

    public String rulesVersion() {
        return rulesVersionOf(settings);
    }

    /** The rules version of cleaners built with {@code settings}, without building one. */
    public static String rulesVersionOf(CleanSettings settings) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("clean-0|" + RulesFile.canonical(settings)).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public CleanResult clean(RawPage page) {
        byte[] body = page.body();
        if (body.length == 0) {
            return new CleanResult.Rejected(new Rejection(Stage.DECODE, Reason.EMPTY_BODY, "the page has no bytes"));
        }
        for (int i = 0; i < Math.min(body.length, 1024); i++) {
            if (body[i] == 0) {
                return new CleanResult.Rejected(new Rejection(Stage.DECODE, Reason.BINARY_CONTENT, "NUL byte at offset " + i));
            }
        }
        Document doc = Jsoup.parse(new String(body, StandardCharsets.UTF_8), page.url());
        List<Block> blocks = new ArrayList<>();
        for (Element p : doc.select("p")) {
            if (!p.text().isBlank()) {
                blocks.add(Block.paragraph(p.text()));
            }
        }
        if (blocks.isEmpty()) {
            return new CleanResult.Rejected(new Rejection(Stage.EXTRACT, Reason.NO_CONTENT, "no paragraphs"));
        }
        Transcript t = Transcript.builder(TranscriptId.of(page.url()), page.url(), page.fetchedAt())
                .rulesVersion(rulesVersion()).title(doc.title()).language("und").blocks(blocks).build();
        return new CleanResult.Cleaned(t);
    }
}
