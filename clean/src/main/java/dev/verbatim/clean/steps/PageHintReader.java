package dev.verbatim.clean.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads page-wide metadata hints (meta tags, JSON-LD, {@code <title>}, {@code <h1>},
 * {@code <time>}, short byline texts) from a parsed document. Must run before main-content
 * extraction, which may remove the elements that carry them. Never modifies the document.
 *
 * <p>Thread-safe: the JSON reader is configured once and only read.
 */
public final class PageHintReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time",
        "datePublished", "pubdate", "publishdate", "publish_date", "PubDate", "date", "dc.date", "DC.date.issued",
        "sailthru.date", "parsely-pub-date"};
    private static final Pattern BYLINE_WORDS = Pattern.compile(
            "^(?:作者|记者|記者|撰文|采写|採寫|责任编辑|責任編輯|编辑|編輯|责编|責編|文\\s*[|｜/／∕:：]|By\\s+\\p{Lu}"
                    + "|Edited by\\b)|\\s(?:By\\s+\\p{Lu}|Edited by\\s)|^来源[:：]|^來源[:：]");
    private static final Pattern METADATA = Pattern.compile(
            "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|IP\\s*[属屬]地|[来來]源\\s*[:：]");
    private static final int MAX_BYLINE = 120;
    private static final Pattern OTHER_CONTENT = Pattern.compile(
            "comment|reply|related|recommend|sidebar|footer|(?:^|[\\s_-])(?:hot|rank|more)(?:$|[\\s_-])");

    /** The hints of {@code doc}; missing sources give empty values. */
    public PageHints read(Document doc) {
        Map<String, String> metas = metas(doc);
        List<JsonNode> ld = jsonLd(doc);
        List<String> published = new ArrayList<>();
        for (String name : PUBLISHED_META) {
            meta(metas, name).ifPresent(published::add);
        }
        ld.forEach(n -> text(n.get("datePublished")).ifPresent(published::add));
        for (Element time : doc.select("time[datetime]")) {
            published.add(time.attr("datetime"));
        }
        List<String> authors = new ArrayList<>();
        meta(metas, "article:author").filter(a -> !a.startsWith("http")).ifPresent(authors::add);
        meta(metas, "author").ifPresent(authors::add);
        ld.forEach(n -> names(n.get("author"), authors));
        Optional<String> og = meta(metas, "og:title").or(() -> meta(metas, "twitter:title"));
        return new PageHints(headline(doc, og.orElse(doc.title())), og,
                Optional.of(doc.title()).map(String::strip).filter(s -> !s.isEmpty()), published,
                meta(metas, "og:site_name").or(() -> meta(metas, "application-name")),
                ld.stream().map(n -> n.path("publisher")).flatMap(p -> text(p.get("name")).stream()).findFirst(),
                authors, metaLines(doc), lang(doc));
    }

    /** The {@code <h1>} that the page title names, else the longest one (a logo h1 is short). */
    private static Optional<String> headline(Document doc, String pageTitle) {
        Optional<String> first = Optional.empty();
        for (Element h1 : doc.select("h1")) {
            String text = TextNormalizer.line(h1.text());
            if (text.length() < 2) {
                continue;
            }
            if (!pageTitle.isBlank() && pageTitle.contains(text) && text.length() * 3 >= pageTitle.length()) {
                return Optional.of(text);
            }
            first = first.filter(f -> f.length() >= text.length()).or(() -> Optional.of(text));
        }
        return first;
    }

    /** The first non-blank content of each meta tag, keyed by lower-cased property, name or itemprop. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> out = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String value = TextNormalizer.line(m.attr("content"));
            if (!key.isEmpty() && !value.isEmpty()) {
                out.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
            }
        }
        return out;
    }

    private static Optional<String> meta(Map<String, String> metas, String name) {
        return Optional.ofNullable(metas.get(name.toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> lang(Document doc) {
        Element html = doc.selectFirst("html");
        Optional<String> attr = html == null ? Optional.empty() : nonBlank(html.attr("lang"));
        return attr.or(() -> {
            Element m = doc.selectFirst("meta[http-equiv=content-language]");
            return m == null ? Optional.empty() : nonBlank(m.attr("content"));
        });
    }

    private static List<String> metaLines(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.body().select("p, span, div, li, address, a[rel=author]")) {
            if (e.childrenSize() > 4 || hasBlockChild(e)) {
                continue;
            }
            String raw = e.text();
            if (raw.length() > MAX_BYLINE) {
                continue;
            }
            String text = TextNormalizer.line(raw);
            // The ancestor walk is the costly test: only lines that read as metadata get it.
            if (!text.isEmpty() && (BYLINE_WORDS.matcher(text).find() || METADATA.matcher(text).find())
                    && !out.contains(text) && !inOtherContent(e)) {
                out.add(text);
            }
        }
        return out;
    }

    /** Inside comments, related lists, sidebars or footers: their dates and names belong to other texts. */
    private static boolean inOtherContent(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String names = a.className() + " " + a.id();
            if (a.normalName().equals("footer") || a.normalName().equals("aside")
                    || (!names.isBlank() && OTHER_CONTENT.matcher(names.toLowerCase(Locale.ROOT)).find())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (child.tag().isBlock()) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), out);
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common; the page simply has no hints from it.
            }
        }
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private static void names(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> names(n, out));
        } else {
            (node.isTextual() ? text(node) : text(node.get("name"))).ifPresent(out::add);
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? nonBlank(TextNormalizer.line(node.asText())) : Optional.empty();
    }

    private static Optional<String> nonBlank(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
