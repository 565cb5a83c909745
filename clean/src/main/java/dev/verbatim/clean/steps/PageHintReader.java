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
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Reads page-wide metadata hints (meta tags, JSON-LD, {@code <title>}, {@code <h1>},
 * {@code <time>}, short byline texts) from a parsed document. Must run before main-content
 * extraction, which may remove the elements that carry them. Never modifies the document.
 *
 * <p>Thread-safe: the JSON reader is configured once and only read.
 */
public final class PageHintReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CDATA = Pattern.compile("^\\s*(?:<!\\[CDATA\\[|<!--)|(?:\\]\\]>|-->)\\s*$");
    /** Elements that may print a date line, inside the body. */
    private static final Set<String> DATE_LINES = Set.of("p", "span", "div", "li", "address", "small", "em", "i",
            "b", "strong", "font", "td", "dd", "h2", "h3", "h4", "h5", "h6", "header", "time", "abbr");
    private static final Pattern BYLINE_WORDS = Pattern.compile(
            "^(?:作者|记者|記者|撰文|采写|採寫|责任编辑|責任編輯|编辑|編輯|责编|責編|文\\s*[|｜/／∕:：]|By\\s+\\p{Lu}"
                    + "|Edited by\\b)|\\s(?:By\\s+\\p{Lu}|Edited by\\s)|^来源[:：]|^來源[:：]");
    private static final Pattern METADATA = Pattern.compile(
            "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|IP\\s*[属屬]地|[来來]源\\s*[:：]");
    /**
     * Every match of {@link #BYLINE_WORDS} or {@link #METADATA} holds one of these letters or
     * digits: a line without any is passed over before its text is built. Keep in step with them.
     */
    private static final String METADATA_CHARS = "作记記撰采採责責编編文来來BEI0123456789";
    private static final int MAX_BYLINE = 120;
    private static final Pattern OTHER_CONTENT = Pattern.compile(
            "comment|reply|related|recommend|sidebar|footer|(?:^|[\\s_-])(?:hot|rank|more)(?:$|[\\s_-])");

    private final DateHintReader dates;

    /** A reader of the date sources of {@code dateRules}. */
    public PageHintReader(DateRules dateRules) {
        this.dates = new DateHintReader(dateRules);
    }

    /** The hints of {@code doc}; missing sources give empty values. */
    public PageHints read(Document doc) {
        Scan scan = Scan.of(doc);
        Map<String, String> metas = metas(scan.metas);
        List<JsonNode> ld = jsonLd(scan.jsonLd);
        List<String> urls = new ArrayList<>();
        scan.canonical.forEach(l -> urls.add(l.attr("href")));
        meta(metas, "og:url").ifPresent(urls::add);
        urls.add(doc.location());
        List<DateCandidate> published = dates.read(metas, ld, scan.dated, scan.headlineAt, urls,
                monthFirst(lang(scan)));
        List<String> authors = new ArrayList<>();
        meta(metas, "article:author").filter(a -> !a.startsWith("http")).ifPresent(authors::add);
        meta(metas, "author").ifPresent(authors::add);
        ld.forEach(n -> names(n.get("author"), authors));
        Optional<String> og = meta(metas, "og:title").or(() -> meta(metas, "twitter:title"));
        return new PageHints(headline(scan.h1s, og.orElse(doc.title())), og,
                Optional.of(doc.title()).map(String::strip).filter(s -> !s.isEmpty()), published,
                meta(metas, "og:site_name").or(() -> meta(metas, "application-name")),
                ld.stream().map(n -> n.path("publisher")).flatMap(p -> text(p.get("name")).stream()).findFirst(),
                authors, metaLines(scan.lines), lang(scan));
    }

    /**
     * The elements every hint comes from, gathered in one walk over the document in document order
     * (the same elements, in the same order, as a CSS select per kind, without a walk per kind).
     */
    private static final class Scan implements NodeVisitor {
        final List<Element> metas = new ArrayList<>();
        final List<Element> jsonLd = new ArrayList<>();
        /** Elements that may state a date: {@code <time>}, microdata, short lines; {@link #headlineAt} before the h1. */
        final List<Element> dated = new ArrayList<>();
        final List<Element> canonical = new ArrayList<>();
        int headlineAt = -1;
        final List<Element> h1s = new ArrayList<>();
        /** Candidate byline and date lines: {@code p, span, div, li, address, a[rel=author]} inside the body. */
        final List<Element> lines = new ArrayList<>();
        @Nullable Element html;
        @Nullable Element contentLanguage;
        private final Element body;

        private Scan(Element body) {
            this.body = body;
        }

        static Scan of(Document doc) {
            Scan scan = new Scan(doc.body());
            NodeTraversor.traverse(scan, doc);
            return scan;
        }

        private int bodyDepth = -1;

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            if (e == body) {
                bodyDepth = depth;
            }
            maybeDated(e);
            switch (e.normalName()) {
                case "meta" -> {
                    if (e.hasAttr("content") || e.hasAttr("value")) {
                        metas.add(e);
                    }
                    if (contentLanguage == null && valueIs(e, "http-equiv", "content-language")) {
                        contentLanguage = e;
                    }
                }
                case "script" -> {
                    if (valueIs(e, "type", "application/ld+json")) {
                        jsonLd.add(e);
                    }
                }
                case "link" -> {
                    if (valueIs(e, "rel", "canonical")) {
                        canonical.add(e);
                    }
                }
                case "h1" -> {
                    h1s.add(e);
                    headlineAt = headlineAt < 0 ? dated.size() : headlineAt;
                }
                case "html" -> html = html == null ? e : html;
                case "p", "span", "div", "li", "address" -> inBody(e);
                case "a" -> {
                    if (valueIs(e, "rel", "author")) {
                        inBody(e);
                    }
                }
                default -> {
                    // not a hint carrier
                }
            }
        }

        /** Collects the elements that may state a date (any markup with itemprop date…, short lines in the body). */
        private void maybeDated(Element e) {
            if (e.hasAttr("itemprop") ? e.attr("itemprop").regionMatches(true, 0, "date", 0, 4)
                    : bodyDepth >= 0 && DATE_LINES.contains(e.normalName()) || e.normalName().equals("time")) {
                dated.add(e);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == body) {
                bodyDepth = -1;
            }
        }

        private void inBody(Element e) {
            if (bodyDepth >= 0) {
                lines.add(e);
            }
        }

        /** The CSS {@code [key=value]} test: the attribute, trimmed, equals the value ignoring case. */
        private static boolean valueIs(Element e, String key, String value) {
            return e.hasAttr(key) && value.equalsIgnoreCase(e.attr(key).trim());
        }
    }

    /** The {@code <h1>} that the page title names, else the longest one (a logo h1 is short). */
    private static Optional<String> headline(List<Element> h1s, String pageTitle) {
        Optional<String> first = Optional.empty();
        for (Element h1 : h1s) {
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
    private static Map<String, String> metas(List<Element> metaTags) {
        Map<String, String> out = new HashMap<>();
        for (Element m : metaTags) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            String value = TextNormalizer.line(m.hasAttr("content") ? m.attr("content") : m.attr("value"));
            if (!key.isEmpty() && !value.isEmpty()) {
                out.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
            }
        }
        return out;
    }

    private static Optional<String> meta(Map<String, String> metas, String name) {
        return Optional.ofNullable(metas.get(name.toLowerCase(Locale.ROOT)));
    }

    /** US English pages print {@code 04/05/2020} month first; other English pages and other languages day first. */
    private static boolean monthFirst(Optional<String> lang) {
        String l = lang.orElse("").toLowerCase(Locale.ROOT).replace('_', '-');
        return l.equals("en") || l.equals("en-us");
    }

    private static Optional<String> lang(Scan scan) {
        Optional<String> attr = scan.html == null ? Optional.empty() : nonBlank(scan.html.attr("lang"));
        return attr.or(() -> scan.contentLanguage == null ? Optional.empty()
                : nonBlank(scan.contentLanguage.attr("content")));
    }

    private static List<String> metaLines(List<Element> candidates) {
        List<String> out = new ArrayList<>();
        for (Element e : candidates) {
            if (!fewInlineChildren(e) || !TextBound.mayFit(e, MAX_BYLINE, METADATA_CHARS)) {
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

    /** At most four child elements, none of them a block: a line, not a container of lines. */
    private static boolean fewInlineChildren(Element e) {
        int elements = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child && (++elements > 4 || child.tag().isBlock())) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> jsonLd(List<Element> scripts) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : scripts) {
            try {
                collect(JSON.readTree(CDATA.matcher(script.data()).replaceAll("")), out);
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
