package dev.verbatim.clean.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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

    /** JSON-LD as pages write it: raw line breaks inside strings and trailing commas are common. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    private static final Pattern CDATA = Pattern.compile("^\\s*(?:<!\\[CDATA\\[|<!--)|(?:\\]\\]>|-->)\\s*$");
    /** Elements that may print a date line, inside the body. */
    /**
     * Byline and source lines: a role word near the start, after a bracket, a button or a short outlet name
     * ({@code 澎湃新闻记者 张三}, {@code （责任编辑：李四）}, {@code 【纠错】 责任编辑：李四}), {@code By Name}, {@code Source:}.
     * The look-ahead (the role words' first characters) lets each of the first positions try one character
     * class, not every role word.
     */
    private static final Pattern BYLINE_WORDS = Pattern.compile(
            "^(?:.{0,12}?(?=[作记記撰采採原责責编編])(?:作者|记者|記者|撰文|采写|採寫|原创|原創|责任编辑|責任編輯|编辑|編輯|责编|責編)"
                    + "|[（(〔【\\[]?\\s*文\\s*[|｜/／∕:：]|By\\s+\\p{Lu}|Edited by\\b|来源[:：]|來源[:：]|Source:)");
    /** The byline words inside a line ({@code … By Name}); only looked for in lines that hold {@code By}. */
    private static final Pattern INNER_BYLINE = Pattern.compile("\\s(?:By\\s+\\p{Lu}|Edited by\\s)");
    private static final Pattern METADATA = Pattern.compile(
            "\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}|IP\\s*[属屬]地|[来來]源\\s*[:：]");
    /**
     * Every match of {@link #BYLINE_WORDS}, {@link #INNER_BYLINE} or {@link #METADATA} holds one of these
     * characters ({@code 作者}, {@code 文｜}, {@code 来源：}, {@code IP属地}) or one of these sequences
     * ({@code By}, {@code Edited}, {@code Source:}, a four-digit year): a line without any is passed over
     * before its text is built. Keep in step with the patterns.
     */
    private static final String METADATA_CHARS = "作记記撰采採原责責编編文来來属屬";
    private static final MarkSequences METADATA_SEQUENCES = new MarkSequences(List.of("By", "Ed", "So"), 4);
    private static final int MAX_BYLINE = 120;
    /** The bits of {@link #nameWords}' lists. */
    private static final int HEADLINE_WORD = 1;
    private static final int BYLINE_WORD = 2;
    /** A link to a site's front page: the root path, with or without the host, or its index file. */
    private static final Pattern ROOT_LINK = Pattern.compile("(?:(?:https?:)?//[^/]+)?/?(?:index\\.\\w+)?");
    private static final ScreenedPattern OTHER_CONTENT = ScreenedPattern.anyCase(
            "comment|reply|related|recommend|sidebar|footer|tweet|embed|preview|(?:^|[\\s_-])(?:hot|rank|more)(?:$|[\\s_-])", 0);

    private final DateHintReader dates;
    private final List<String> headlineNames;
    /** Which token lengths some headline name has: a class or id token of another length is passed over unread. */
    private final boolean[] headlineLengths;
    /**
     * The last four characters (or fewer) of each headline name: a label holding none of them holds no
     * headline name, and is passed over without splitting it into tokens.
     */
    /** Finds a headline name ({@link #HEADLINE_WORD}) or a byline name ({@link #BYLINE_WORD}) in a lower-cased label. */
    private final WordAutomaton nameWords;

    /** A reader of the date sources of {@code dateRules} and the headline and byline element names of {@code rules}. */
    public PageHintReader(DateRules dateRules, MetadataRules rules) {
        this.dates = new DateHintReader(dateRules);
        this.headlineNames = List.copyOf(Set.copyOf(rules.headlineNames()));
        this.headlineLengths = new boolean[headlineNames.stream().mapToInt(String::length).max().orElse(0) + 1];
        headlineNames.forEach(n -> headlineLengths[n.length()] = true);
        this.nameWords = WordAutomaton.caseBlind(List.of(headlineNames, rules.bylineNames()));
    }

    /** The hints of {@code doc}; missing sources give empty values. */
    public PageHints read(Document doc) {
        Scan scan = Scan.of(doc, this);
        Map<String, String> metas = metas(scan.metas);
        List<JsonNode> ld = jsonLd(scan.jsonLd);
        List<String> urls = new ArrayList<>();
        scan.canonical.forEach(l -> urls.add(l.attr("href")));
        meta(metas, "og:url").ifPresent(urls::add);
        urls.add(doc.location());
        List<DateCandidate> published = dates.read(metas, ld, scan.scripts, scan.dated, scan.headlineAt, urls,
                monthFirst(lang(scan)));
        if (published.isEmpty()) {
            published = dates.sourceDates(source(doc));
        }
        List<String> authors = new ArrayList<>();
        meta(metas, "article:author").filter(a -> !a.startsWith("http")).ifPresent(authors::add);
        meta(metas, "author").ifPresent(authors::add);
        ld.forEach(n -> names(n.get("author"), authors));
        Optional<String> og = meta(metas, "og:title").or(() -> meta(metas, "twitter:title"));
        Optional<String> docTitle = docTitle(doc, scan);
        return new PageHints(headline(scan, og, docTitle), og, docTitle, published,
                meta(metas, "og:site_name").or(() -> meta(metas, "application-name")),
                ld.stream().map(n -> n.path("publisher")).flatMap(p -> text(p.get("name")).stream()).findFirst()
                        .or(() -> meta(metas, "dc.publisher")).or(() -> meta(metas, "dcterms.publisher")),
                authors, metaLines(scan.lines, scan.otherContent), lang(scan), bylines(scan),
                urls.stream().filter(u -> u.startsWith("http")).findFirst());
    }

    /**
     * The page's source without its text: attribute values (link and image paths), script data and
     * comments, where a page that prints no date may still name it.
     */
    private static String source(Document doc) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                e.attributes().forEach(a -> sb.append(a.getValue()).append('\n'));
            } else if (node instanceof DataNode d) {
                sb.append(d.getWholeData()).append('\n');
            } else if (node instanceof Comment c) {
                sb.append(c.getData()).append('\n');
            }
        }, doc);
        return sb.toString();
    }

    /** The {@code <title>} text; a crawl wrapper before {@code <html>} can push it out of the head, an SVG's does not count. */
    private static Optional<String> docTitle(Document doc, Scan scan) {
        Optional<String> head = nonBlank(doc.title());
        return head.or(() -> scan.titles.stream().map(t -> TextNormalizer.line(t.text())).filter(t -> !t.isBlank())
                .findFirst());
    }

    /**
     * The story's own heading: the first {@code <h1>} or named headline element that {@code og:title} or
     * {@code <title>} agrees with (a kicker cut), else the longest {@code <h1>} that is not a logo link.
     */
    private static Optional<String> headline(Scan scan, Optional<String> og, Optional<String> docTitle) {
        List<String> refs = new ArrayList<>(2);
        og.ifPresent(refs::add);
        docTitle.ifPresent(refs::add);
        List<String> candidates = new ArrayList<>();
        scan.h1s.forEach(h -> candidates.add(TextNormalizer.line(h.text())));
        scan.headings.forEach(h -> candidates.add(TextNormalizer.line(h.text())));
        Optional<String> agreed = TitlePicker.agreed(candidates, refs);
        if (agreed.isPresent()) {
            return agreed;
        }
        Optional<String> first = Optional.empty();
        for (Element h1 : scan.h1s) {
            String text = TextNormalizer.line(h1.text());
            if (text.length() >= 2 && !isLogo(h1)) {
                first = first.filter(f -> f.length() >= text.length()).or(() -> Optional.of(text));
            }
        }
        return first;
    }

    /** A heading that is only a link to the site's front page (a logo), or only a picture in a link. */
    private static boolean isLogo(Element h) {
        Element link = h.selectFirst("a[href]");
        if (link == null || !link.text().equals(h.text())) {
            return false;
        }
        return h.selectFirst("svg, img") != null || ROOT_LINK.matcher(link.attr("href").strip()).matches();
    }

    /**
     * Short texts of byline elements outside comments, related lists and embeds, in page order, distinct: the
     * elements marked up as the author ({@code a[rel=author]}, {@code [itemprop=author]}) when there are any,
     * else those named by a byline word.
     */
    private static List<String> bylines(Scan scan) {
        List<String> marked = texts(scan.authorMarks, scan.otherContent);
        return marked.isEmpty() ? texts(scan.bylines, scan.otherContent) : marked;
    }

    private static List<String> texts(List<HintElement> elements, Map<Element, Boolean> otherContent) {
        List<String> out = new ArrayList<>();
        for (HintElement e : elements) {
            if (!e.fits(MAX_BYLINE) || inOtherContent(e.element(), otherContent)) {
                continue;
            }
            String text = e.line();
            if (!text.isEmpty() && text.length() <= MAX_BYLINE && !out.contains(text)) {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * The elements every hint comes from, gathered in one walk over the document in document order
     * (the same elements, in the same order, as a CSS select per kind, without a walk per kind).
     */
    private static final class Scan implements NodeVisitor {
        final List<Element> metas = new ArrayList<>();
        final List<Element> jsonLd = new ArrayList<>();
        /** Elements that may state a date: {@code <time>}, microdata, short lines; {@link #headlineAt} before the h1. */
        final List<HintElement> dated = new ArrayList<>();
        final List<Element> canonical = new ArrayList<>();
        /** Scripts other than JSON-LD that hold page data with a publication key. */
        final List<DateHintReader.PageScript> scripts = new ArrayList<>();
        int headlineAt = -1;
        final List<Element> h1s = new ArrayList<>();
        /** Other elements that may hold the headline: named by a headline word, or {@code itemprop=headline}. */
        final List<Element> headings = new ArrayList<>();
        /** {@code <title>} elements outside SVG drawings. */
        final List<Element> titles = new ArrayList<>();
        /** Elements marked up as the author: {@code a[rel=author]}, {@code [itemprop~=author]}. */
        final List<HintElement> authorMarks = new ArrayList<>();
        /** Elements named by a byline word ({@code p.byline}, {@code div.Page-authors}). */
        final List<HintElement> bylines = new ArrayList<>();
        /** Candidate byline and date lines: {@code p, span, div, li, address, a[rel=author]} inside the body. */
        final List<HintElement> lines = new ArrayList<>();
        /** The answers of {@link #inOtherContent} so far, by element. */
        final Map<Element, Boolean> otherContent = new IdentityHashMap<>();
        @Nullable Element html;
        @Nullable Element contentLanguage;
        private final Element body;
        private final PageHintReader names;
        private int bodyDepth = -1;
        /** The texts of the open elements, for the hint elements' screens. */
        private final TextTally tally = new TextTally(METADATA_CHARS, METADATA_SEQUENCES.leads());
        /** The depth of the element {@link #head} is visiting. */
        private int depth;

        private Scan(Element body, PageHintReader names) {
            this.body = body;
            this.names = names;
        }

        static Scan of(Document doc, PageHintReader names) {
            Scan scan = new Scan(doc.body(), names);
            TreeWalk.walk(doc, scan);
            return scan;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                tally.text(t.getWholeText(), depth);
            }
            if (!(node instanceof Element e)) {
                return;
            }
            this.depth = depth;
            tally.open(depth);
            if (e == body) {
                bodyDepth = depth;
            }
            // The parser lower-cases attribute names: they are looked up as written, once per element.
            @Nullable Attributes attributes = e.attributesSize() == 0 ? null : e.attributes();
            maybeDated(e, attributes);
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
                    } else {
                        pageData(e);
                    }
                }
                case "link" -> {
                    if (valueIs(e, "rel", "canonical")) {
                        canonical.add(e);
                    }
                }
                case "title" -> {
                    if (!inSvg(e)) {
                        titles.add(e);
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
                        authorMarks.add(hint(e));
                    }
                }
                default -> {
                    // not a hint carrier
                }
            }
            if (attributes != null) {
                named(e, attributes);
            }
        }

        /** Body elements whose class, id or itemprop names them a headline or a byline. */
        private void named(Element e, Attributes attributes) {
            if (bodyDepth < 0 || !attributes.hasKey("class") && !attributes.hasKey("id") && !attributes.hasKey("itemprop")) {
                return;
            }
            String className = attributes.get("class");
            String id = attributes.get("id");
            int words = names.nameWords.find(className, id); // in (className + " " + id).toLowerCase(ROOT)
            String itemprop = attributes.get("itemprop").toLowerCase(Locale.ROOT);
            if (!e.normalName().equals("h1") && (itemprop.equals("headline")
                    || (words & HEADLINE_WORD) != 0 && names.isHeadlineName((className + " " + id).toLowerCase(Locale.ROOT)))) {
                headings.add(e);
            }
            if (itemprop.contains("author")) {
                authorMarks.add(hint(e));
            } else if ((words & BYLINE_WORD) != 0) {
                bylines.add(hint(e));
            }
        }

        /** The element is an SVG drawing or inside one (its {@code <title>} names a picture, not the page). */
        private static boolean inSvg(Element e) {
            for (Element a = e; a != null; a = a.parent()) {
                if (a.nameIs("svg")) {
                    return true;
                }
            }
            return false;
        }

        /** Keeps a script that names a publication key ({@code "datePublished"}), with where it names each. */
        private void pageData(Element script) {
            for (int i = 0; i < script.childNodeSize(); i++) {
                if (script.childNode(i) instanceof DataNode d) {
                    names.dates.pageScript(d.getWholeData()).ifPresent(scripts::add);
                }
            }
        }

        /** Collects the elements that may state a date (any markup with itemprop date…, short lines in the body). */
        private void maybeDated(Element e, @Nullable Attributes attributes) {
            if (attributes != null && attributes.hasKey("itemprop")
                    ? attributes.get("itemprop").regionMatches(true, 0, "date", 0, 4)
                    : bodyDepth >= 0 && isDateLine(e.normalName()) || e.normalName().equals("time")) {
                HintElement hint = hint(e);
                hint.markUp(attributes != null && DateHintReader.mayMarkUpDate(e));
                dated.add(hint);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element) {
                tally.close(depth);
            }
            if (node == body) {
                bodyDepth = -1;
            }
        }

        private void inBody(Element e) {
            if (bodyDepth >= 0) {
                lines.add(hint(e));
            }
        }

        /** The hint element of {@code e}, the element being visited (one per element, whatever lists hold it). */
        private HintElement hint(Element e) {
            return tally.hint(e, depth);
        }

        /** The CSS {@code [key=value]} test: the attribute, trimmed, equals the value ignoring case. */
        private static boolean valueIs(Element e, String key, String value) {
            return e.hasAttr(key) && value.equalsIgnoreCase(e.attr(key).trim());
        }
    }

    /** Elements that may print a date line in the body (a switch: a set's look-up was 2 % of the core). */
    private static boolean isDateLine(String name) {
        return switch (name) {
            case "p", "span", "div", "li", "address", "small", "em", "i", "b", "strong", "font", "td", "dd", "dt",
                    "h2", "h3", "h4", "h5", "h6", "header", "time", "abbr", "a", "nobr" -> true;
            default -> false;
        };
    }

    /** True when one of the class or id tokens of {@code label} is a headline name. */
    private boolean isHeadlineName(String label) {
        int start = 0;
        for (int i = 0; i <= label.length(); i++) {
            if (i == label.length() || Character.isWhitespace(label.charAt(i))) {
                if (i > start && isHeadlineToken(label, start, i)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Whether {@code label[start, end)} is a headline name, compared in place (no token copy, no hashing). */
    private boolean isHeadlineToken(String label, int start, int end) {
        if (end - start >= headlineLengths.length || !headlineLengths[end - start]) {
            return false;
        }
        for (String name : headlineNames) {
            if (name.length() == end - start && label.startsWith(name, start)) {
                return true;
            }
        }
        return false;
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

    private static List<String> metaLines(List<HintElement> candidates, Map<Element, Boolean> otherContent) {
        List<String> out = new ArrayList<>();
        for (HintElement e : candidates) {
            if (!e.fits(MAX_BYLINE) || !e.hasMark() && !e.hasLead() || !fewInlineChildren(e.element())
                    || !e.hasMark() && !METADATA_SEQUENCES.in(e.element())) {
                continue;
            }
            if (e.text().length() > MAX_BYLINE) {
                continue;
            }
            String text = e.line();
            // The ancestor walk is the costly test: only lines that read as metadata get it.
            if (!text.isEmpty() && isBylineOrMetadata(text) && !out.contains(text)
                    && !inOtherContent(e.element(), otherContent)) {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * A byline or metadata line: byline words at its start or inside it, or a date, an IP location or a source.
     * Each pattern runs only on lines holding the text its matches need ({@code By}, four digits, {@code IP}, {@code 源}).
     */
    private static boolean isBylineOrMetadata(String text) {
        return BYLINE_WORDS.matcher(text).lookingAt()
                || ((text.contains("By") || text.contains("Edited by")) && INNER_BYLINE.matcher(text).find())
                || ((hasFourDigits(text) || text.contains("IP") || text.indexOf('源') >= 0) && METADATA.matcher(text).find());
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length() && run < 4; i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
        }
        return run == 4;
    }

    /**
     * Inside comments, related lists, sidebars or footers: their dates and names belong to other texts.
     * Each element's answer is kept in {@code known}, so that the lines of one part share the tests of
     * their ancestors: the walk up stops at the first element already answered.
     */
    private static boolean inOtherContent(Element e, Map<Element, Boolean> known) {
        List<Element> unknown = new ArrayList<>();
        boolean other = false;
        for (Element a = e; a != null; a = a.parent()) {
            Boolean answer = known.get(a);
            if (answer != null) {
                other = answer;
                break;
            }
            unknown.add(a);
            if (isOtherContent(a)) {
                other = true;
                break;
            }
        }
        for (Element a : unknown) {
            known.put(a, other);
        }
        return other;
    }

    /** A footer, an aside, or an element whose class or id names another part of the page. */
    private static boolean isOtherContent(Element a) {
        if (a.normalName().equals("footer") || a.normalName().equals("aside")) {
            return true;
        }
        if (a.attributesSize() == 0) {
            return false;
        }
        String names = a.className() + " " + a.id();
        return !names.isBlank() && OTHER_CONTENT.find(names.toLowerCase(Locale.ROOT));
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
                collect(JSON.readTree(withoutCommentMarks(script.data())), out);
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common; the page simply has no hints from it.
            }
        }
        return out;
    }

    /** The script text without a CDATA or comment wrapper; most have none, and are not scanned for one. */
    private static String withoutCommentMarks(String data) {
        boolean marked = data.contains("<!") || data.contains("]]>") || data.contains("-->");
        return marked ? CDATA.matcher(data).replaceAll("") : data;
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
        } else if (!node.path("@type").asText("").contains("Organization")) {
            // An organisation credited as the author (the publisher, the portal) names no person.
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
