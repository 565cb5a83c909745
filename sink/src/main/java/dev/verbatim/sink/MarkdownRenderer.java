package dev.verbatim.sink;

import dev.verbatim.model.Block;
import dev.verbatim.model.Speaker;
import dev.verbatim.model.Transcript;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A readable Markdown rendering of a transcript: title, a metadata list, then the blocks in order
 * (headings as {@code ##}, captions in italics, turns as {@code **Speaker:** text}). Page text is
 * never markup here: every character CommonMark could read as inline markup or raw HTML is
 * backslash-escaped, and so is a line start that would open a block (heading, quote, list, rule,
 * table, fence); control characters other than line feed and tab are dropped, so a page cannot
 * inject links, HTML or terminal escape sequences into the {@code .md} file.
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
                case TURN -> md.append("**").append(oneLine(b.speaker().orElse(""))).append(":** ")
                        .append(escaped(b.text()).replace("\n", "\n\n")).append("\n\n");
                case PARAGRAPH -> md.append(escaped(b.text())).append("\n\n");
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
        return escaped(s.replace('\n', ' ').strip());
    }

    /** ASCII punctuation CommonMark reads as inline markup, HTML or entities. */
    private static final String INLINE_MARKUP = "\\`*_[]<>&|~!";
    /** Characters that open a block (heading, quote, list, rule, setext underline) at a line's start. */
    private static final String BLOCK_STARTS = "#>-+=";

    /** {@code text} as literal Markdown: markup characters escaped, control characters dropped. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = true; // only spaces so far on this line
        boolean listNumber = false; // only spaces, then digits
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (control(c)) {
                continue;
            }
            if (INLINE_MARKUP.indexOf(c) >= 0 || (lineStart && BLOCK_STARTS.indexOf(c) >= 0)
                    || (listNumber && (c == '.' || c == ')'))) {
                out.append('\\');
            }
            out.append(c);
            boolean digit = c >= '0' && c <= '9';
            listNumber = digit && (lineStart || listNumber);
            lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
        }
        return out.toString();
    }

    private static boolean control(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
