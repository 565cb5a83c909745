package dev.verbatim.clean.steps;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a Markdown page (a block between {@code ---} lines at the very top):
 * never text, but the page's metadata, read like {@code <meta>} tags.
 *
 * @param title     the {@code title} field
 * @param date      the publication date field ({@code date}, else {@code published}, {@code pubDate} …), as written
 * @param authors   the {@code author} / {@code authors} names, a single name or a list
 * @param tags      the {@code categories}, {@code category}, {@code tags} and {@code keywords} values
 * @param lang      the {@code lang} / {@code language} field
 */
record FrontMatter(Optional<String> title, Optional<String> date, List<String> authors, List<String> tags,
        Optional<String> lang) {

    /** Opening fence, the YAML, closing fence ({@code ---} or {@code ...}); at most this many chars of YAML. */
    private static final Pattern BLOCK = Pattern.compile(
            "\\A\\s*?^---[ \\t]*\\r?\\n(.{0,20000}?)^(?:---|\\.\\.\\.)[ \\t]*$\\r?\\n?", Pattern.DOTALL | Pattern.MULTILINE);
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory()).build();
    /** Front-matter keys of the publication date, best first (Jekyll, Hugo, Hexo, Eleventy use these). */
    private static final List<String> DATE_KEYS = List.of("date", "published", "pubDate", "publishDate",
            "published_at", "publishdate");
    private static final List<String> AUTHOR_KEYS = List.of("author", "authors");
    private static final List<String> TAG_KEYS = List.of("categories", "category", "tags", "keywords");
    private static final List<String> LANG_KEYS = List.of("lang", "language");

    FrontMatter {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        Objects.requireNonNull(lang, "lang");
    }

    /** No front matter. */
    static FrontMatter none() {
        return new FrontMatter(Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
    }

    /** A Markdown text split into its front matter and the body after it. */
    record Split(FrontMatter meta, String body) {
    }

    /**
     * Splits {@code text} into front matter and body. A fenced top block that is not a YAML mapping is
     * still cut (it is front matter gone wrong, never text) but gives no fields; a text without the
     * fences is all body.
     */
    static Split split(String text) {
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) {
            return new Split(none(), text);
        }
        String body = text.substring(m.end());
        try {
            JsonNode node = YAML.readTree(m.group(1));
            return new Split(node != null && node.isObject() ? of(node) : none(), body);
        } catch (JacksonException e) {
            return new Split(none(), body);
        }
    }

    /** Whether {@code text} opens with a fenced block whose first line is a {@code key:} field. */
    static boolean opensText(String text) {
        Matcher m = BLOCK.matcher(text);
        return m.find() && m.group(1).stripLeading().matches("(?s)^[\\w-]+\\s*:.*");
    }

    private static FrontMatter of(JsonNode node) {
        return new FrontMatter(first(node, List.of("title")), first(node, DATE_KEYS), all(node, AUTHOR_KEYS),
                all(node, TAG_KEYS), first(node, LANG_KEYS));
    }

    private static Optional<String> first(JsonNode node, List<String> keys) {
        for (String key : keys) {
            List<String> values = new ArrayList<>();
            collect(node.get(key), values);
            if (!values.isEmpty()) {
                return Optional.of(values.get(0));
            }
        }
        return Optional.empty();
    }

    private static List<String> all(JsonNode node, List<String> keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            collect(node.get(key), out);
        }
        return out.stream().distinct().toList();
    }

    /** The scalar texts of a value: a scalar, a list of scalars, or objects with a {@code name}. */
    private static void collect(JsonNode value, List<String> out) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(v -> collect(v, out));
        } else if (value.isObject()) {
            collect(value.get("name"), out);
        } else {
            String text = TextNormalizer.line(value.asText());
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
    }
}
