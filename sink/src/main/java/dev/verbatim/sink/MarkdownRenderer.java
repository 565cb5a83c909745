package dev.verbatim.sink;

import dev.verbatim.model.Block;
import dev.verbatim.model.Speaker;
import dev.verbatim.model.Transcript;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A readable Markdown rendering of a transcript: title, a metadata list, then the blocks in order
 * (headings as {@code ##}, captions in italics, turns as {@code **Speaker:** text}).
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Transcript t) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(t.title().isEmpty() ? t.url() : t.title())).append("\n\n");
        metadata(md, t);
        for (Block b : t.blocks()) {
            switch (b.type()) {
                case HEADING -> md.append("## ").append(oneLine(b.text())).append("\n\n");
                case CAPTION -> md.append('*').append(oneLine(b.text())).append("*\n\n");
                case TURN -> md.append("**").append(b.speaker().orElse("")).append(":** ")
                        .append(b.text().replace("\n", "\n\n")).append("\n\n");
                case PARAGRAPH -> md.append(b.text()).append("\n\n");
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    private static void metadata(StringBuilder md, Transcript t) {
        item(md, "Source", t.url());
        t.site().ifPresent(s -> item(md, "Site", s));
        t.publishedAt().ifPresent(p -> item(md, "Published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p)));
        list(md, "Authors", t.authors());
        list(md, "Editors", t.editors());
        t.ipLocation().ifPresent(s -> item(md, "IP location", s));
        item(md, "Language", t.language());
        if (!t.speakers().isEmpty()) {
            item(md, "Speakers", String.join("; ", t.speakers().stream().map(MarkdownRenderer::describe).toList()));
        }
        item(md, "Rules", t.rulesVersion());
        md.append('\n');
    }

    private static String describe(Speaker s) {
        String name = s.name().orElse(s.label());
        String latin = s.latinName().filter(l -> !l.equals(name)).map(l -> ", " + l).orElse("");
        return name + " (" + s.role().wireName() + latin + ")";
    }

    private static void item(StringBuilder md, String key, String value) {
        md.append("- **").append(key).append(":** ").append(oneLine(value)).append('\n');
    }

    private static void list(StringBuilder md, String key, List<String> values) {
        if (!values.isEmpty()) {
            item(md, key, String.join(", ", values));
        }
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').strip();
    }
}
