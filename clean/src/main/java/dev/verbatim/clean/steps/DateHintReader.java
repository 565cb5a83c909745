package dev.verbatim.clean.steps;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Reads every date a page states, each with its source: publication metas (also written with
 * {@code value=}), JSON-LD keys at any depth, microdata, {@code <time datetime>}, the URL path,
 * and short visible lines (labelled, in date-named elements, or plain), with modification times
 * kept apart. Lines inside comments, related lists, sidebars and footers, and copyright lines,
 * give nothing. {@link PublishedPicker} chooses among them.
 *
 * <p>Thread-safe: holds only compiled patterns and stateless collaborators.
 */
final class DateHintReader {

    /**
     * A date in a URL path: {@code /2019/04/28/} (the day closing its segment, not {@code /2023/10/3-fragen}),
     * {@code /20190428/} or {@code -2019-04-28}, and day first {@code /28-04-2019}.
     */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?=/|$|\\.html?$)"
                    + "|[/_-]((?:19|20)\\d{2})[-_]?(\\d{2})[-_]?(\\d{2})(?=[/_.-]|$)"
                    + "|[/_-](\\d{2})-(\\d{2})-((?:19|20)\\d{2})(?=[/_.-]|$)");
    /** A full date in page source: {@code 2020-04-17}, {@code 2020/04/17}, {@code /2016/05/04/}, {@code 17.04.2020}. */
    private static final Pattern SOURCE_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})([-/._])(\\d{2})\\2(\\d{2})(?!\\d)|(?<![\\d.])(\\d{2})\\.(\\d{2})\\.((?:19|20)\\d{2})(?![\\d.])");
    private static final Pattern MODIFIED_MARK = Pattern.compile("modif|updat|revis|aktualis|lastmod");
    private static final Pattern PUBLISHED_MARK = Pattern.compile("publish|pubdate|created|posted|entry-date");
    private static final Pattern SCRIPT_VALUE = Pattern.compile("\\s*:\\s*\\\\?\"([^\"\\\\]{6,40})");
    private static final int MAX_LINE = 100;
    /** Lines up to this long may print a date with a two-digit year ({@code Von: Name | 31.10.23}). */
    private static final int SHORT_LINE = 40;
    /** Paragraphs after the headline whose opening is read for a dateline, characters read, where the date starts. */
    private static final int MAX_DATELINES = 3;
    private static final int DATELINE_CHARS = 48;
    private static final int DATELINE_START = 24;
    /** Characters read from the opening of a long date-named element (whitespace of the markup included). */
    private static final int OPENING_CHARS = 160;
    private static final int OTHER_CONTENT_LEVELS = 6;
    /** Date-bearing elements just above the headline that still head the article ({@code Kicker | 02. November 2021}). */
    private static final int HEAD_LEAD = 3;

    private final DateRules rules;
    private final DateTimeReader reader;
    /** The publication keys as written in script data, quoted ({@code "datePublished"}), in rule order. */
    private final List<String> quotedKeys;
    private final TextFinder scriptKeys;
    private final ScreenedPattern publishedLabel;
    private final ScreenedPattern modifiedLabel;
    private final ScreenedPattern ignoredLabel;
    private final ScreenedPattern dateClass;
    private final ScreenedPattern otherContent;

    DateHintReader(DateRules rules) {
        this.rules = rules;
        this.reader = new DateTimeReader(rules);
        this.quotedKeys = rules.publishedJson().stream().map(k -> "\"" + k + "\"").toList();
        this.scriptKeys = new TextFinder(quotedKeys);
        this.publishedLabel = anyOf(rules.publishedLabels());
        this.modifiedLabel = anyOf(rules.modifiedLabels());
        this.ignoredLabel = anyOf(rules.ignoredLabels());
        this.dateClass = anyOf(rules.dateClasses());
        this.otherContent = anyOf(rules.otherContent());
    }

    private static ScreenedPattern anyOf(List<String> alternatives) {
        return ScreenedPattern.anyCase(String.join("|", alternatives.stream().map(a -> "(?:" + a + ")").toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The dates of a page.
     *
     * @param metas       meta values by lower-cased name
     * @param jsonLd      the JSON-LD objects
     * @param scripts     the other scripts that hold a publication key (page data such as {@code {"datePublished": …}})
     * @param elements    date-bearing elements in page order ({@code <time>}, microdata, short lines)
     * @param headlineAt  how many of {@code elements} come before the headline
     * @param urls        the page's URLs, best first (canonical, {@code og:url}, location)
     * @param monthFirst  whether ambiguous numeric dates read month-first (US English pages)
     */
    List<DateCandidate> read(Map<String, String> metas, List<JsonNode> jsonLd, List<PageScript> scripts,
            List<HintElement> elements, int headlineAt, List<String> urls, boolean monthFirst) {
        List<DateCandidate> out = new ArrayList<>();
        PageValues values = new PageValues(jsonLd);
        for (String name : rules.publishedMeta()) {
            values.date(metas.get(name), DateSource.META, out);
        }
        for (String key : rules.publishedJson()) {
            values.json(key).forEach(v -> values.date(v, DateSource.JSON_LD, out));
        }
        scriptDate(scripts).ifPresent(t -> out.add(DateCandidate.of(t, DateSource.MARKUP)));
        urlDate(urls).ifPresent(t -> out.add(DateCandidate.of(t, DateSource.URL)));
        elements(elements, headlineAt, monthFirst, out);
        for (String name : rules.modifiedMeta()) {
            values.date(metas.get(name), DateSource.MODIFIED, out);
        }
        for (String key : rules.modifiedJson()) {
            values.json(key).forEach(v -> values.date(v, DateSource.MODIFIED, out));
        }
        return out.stream().distinct().toList();
    }

    /**
     * The date values of one page's metas and JSON-LD: the string values of every publication and
     * modification key, gathered in one walk over the JSON-LD (by key: in page order, depth first), and
     * each distinct value read once (a page often states one date in several places).
     */
    private final class PageValues {
        private final Map<String, List<String>> json = new HashMap<>();
        private final Map<String, Optional<FoundTime>> dates = new HashMap<>();

        PageValues(List<JsonNode> jsonLd) {
            List<String> keys = Stream.concat(rules.publishedJson().stream(), rules.modifiedJson().stream()).distinct()
                    .toList();
            jsonLd.forEach(n -> collect(n, keys, 0));
        }

        /** The string values of {@code key} in the JSON-LD objects and the objects inside them. */
        List<String> json(String key) {
            return json.getOrDefault(key, List.of());
        }

        /** The date of {@code value}, if it has one, as a candidate from {@code source}. */
        void date(@Nullable String value, DateSource source, List<DateCandidate> out) {
            if (value != null) {
                dates.computeIfAbsent(value, reader::find).ifPresent(t -> out.add(DateCandidate.of(t, source)));
            }
        }

        private void collect(@Nullable JsonNode node, List<String> keys, int depth) {
            if (node == null || depth > 8) {
                return;
            }
            if (node.isObject()) {
                for (String key : keys) {
                    JsonNode v = node.get(key);
                    if (v != null && v.isTextual()) {
                        json.computeIfAbsent(key, k -> new ArrayList<>()).add(v.asText());
                    }
                }
                node.forEach(child -> {
                    if (child.isContainerNode()) {
                        collect(child, keys, depth + 1);
                    }
                });
            } else if (node.isArray()) {
                node.forEach(child -> collect(child, keys, depth + 1));
            }
        }
    }

    /** A script's text and where each publication key first occurs in it (-1 where it does not), in rule order. */
    record PageScript(String data, int[] keyPlaces) {
    }

    /** The script as page data that may date the page: when it holds a publication key. */
    Optional<PageScript> pageScript(String data) {
        int[] places = scriptKeys.firstPlaces(data);
        return Arrays.stream(places).anyMatch(at -> at >= 0) ? Optional.of(new PageScript(data, places)) : Optional.empty();
    }

    /** The first publication key's value in the page's script data, e.g. {@code "datePublished":"2020-01-02"}. */
    private Optional<FoundTime> scriptDate(List<PageScript> scripts) {
        for (int k = 0; k < quotedKeys.size(); k++) {
            String quoted = quotedKeys.get(k);
            for (PageScript script : scripts) {
                String data = script.data();
                int at = script.keyPlaces()[k];
                if (at >= 0) {
                    Matcher m = SCRIPT_VALUE.matcher(data).region(at + quoted.length(),
                            Math.min(data.length(), at + quoted.length() + 60));
                    Optional<FoundTime> t = m.lookingAt() ? reader.find(m.group(1)) : Optional.empty();
                    if (t.isPresent()) {
                        return t;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The full dates written anywhere in {@code source} (the page's attributes, scripts and comments), as {@link DateSource#SOURCE}
     * candidates, the most frequent first (ties in page order): htmldate's last resort for pages that state
     * their date only in link paths, scripts or attributes.
     */
    List<DateCandidate> sourceDates(String source) {
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        Matcher m = SOURCE_DATE.matcher(source);
        while (m.find()) {
            Optional<LocalDate> day = m.group(1) != null ? day(m.group(1), m.group(3), m.group(4))
                    : day(m.group(7), m.group(6), m.group(5));
            day.ifPresent(d -> counts.merge(d, 1, Integer::sum));
        }
        List<LocalDate> days = new ArrayList<>(counts.keySet());
        days.sort(Comparator.comparing(counts::get, Comparator.reverseOrder()));
        List<DateCandidate> out = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            FoundTime t = new FoundTime(days.get(i).atStartOfDay(), Optional.empty(), false);
            out.add(new DateCandidate(t, DateSource.SOURCE, i, false));
        }
        return out;
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date in the path of the first URL that has one. */
    Optional<FoundTime> urlDate(List<String> urls) {
        for (String url : urls) {
            String path = path(url);
            Matcher m = URL_DATE.matcher(path);
            while (m.find()) {
                Optional<FoundTime> t = reader.find(m.group(7) != null
                        ? m.group(7) + "." + m.group(8) + "." + m.group(9)
                        : m.group(1) != null ? m.group(1) + "-" + m.group(2) + "-" + m.group(3)
                        : m.group(4) + "-" + m.group(5) + "-" + m.group(6));
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    private static String path(String url) {
        try {
            String p = URI.create(url.strip().replace(" ", "%20")).getRawPath();
            return p == null ? "" : p;
        } catch (IllegalArgumentException e) {
            int scheme = url.indexOf("://");
            int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
            return slash < 0 ? "" : url.substring(slash);
        }
    }

    private void elements(List<HintElement> elements, int headlineAt, boolean monthFirst, List<DateCandidate> out) {
        Set<String> seen = new HashSet<>();
        Labels labels = new Labels();
        int datelines = 0;
        for (int i = 0; i < elements.size(); i++) {
            HintElement hint = elements.get(i);
            Element e = hint.element();
            Optional<DateSource> markup = hint.mayMarkUpDate() ? markupSource(e) : Optional.empty();
            if (markup.isPresent()) {
                Optional<FoundTime> t = markupValue(hint).flatMap(reader::find);
                if (t.isPresent()) {
                    out.add(new DateCandidate(t.get(), markup.get(), i, i >= headlineAt - HEAD_LEAD));
                }
            }
            if (!hint.printsDigits() || holdsBlocks(e)) {
                continue;
            }
            if (!hint.fits(MAX_LINE)) { // it prints a digit, so a short text holds one
                boolean paragraph = i >= headlineAt && e.normalName().equals("p");
                datelines += longLine(e, i, i >= headlineAt - HEAD_LEAD, paragraph && datelines < MAX_DATELINES,
                        monthFirst, labels, out) ? 1 : 0;
                continue;
            }
            String text = hint.line();
            if (text.length() > 2 * MAX_LINE || !seen.add(text)) {
                continue;
            }
            List<FoundTime> times = reader.findAll(text, monthFirst);
            if (times.isEmpty() && text.length() <= SHORT_LINE && text.indexOf('.') >= 0) {
                times = reader.findShortYear(text).map(List::of).orElse(List.of());
            }
            if (!times.isEmpty()) {
                DateSource plain = labels.inOtherContent(e) ? DateSource.OTHER
                        : labels.dateNamed(e) ? DateSource.DATE_ELEMENT : DateSource.TEXT;
                visible(text, times, plain, i, i >= headlineAt - HEAD_LEAD, out);
            }
        }
    }

    /**
     * The date of a line too long to read whole: a dateline opening a paragraph after the headline
     * ({@code 12.11.2021 – Der Text…}), else the first date in the opening of a date-named element (a
     * blog's post footer: {@code Dieser Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht und …}).
     *
     * @return whether the line was read as a possible dateline
     */
    private boolean longLine(Element e, int position, boolean nearHead, boolean mayBeDateline, boolean monthFirst,
            Labels labels, List<DateCandidate> out) {
        if (mayBeDateline) {
            String head = TextNormalizer.line(firstText(e, DATELINE_CHARS));
            Optional<FoundTime> t = reader.findAll(head, monthFirst).stream()
                    .filter(f -> f.start() <= DATELINE_START).findFirst();
            t.ifPresent(f -> out.add(new DateCandidate(f, DateSource.TEXT, position, true)));
            if (t.isPresent()) {
                return true;
            }
        }
        if (labels.dateNamed(e) && !labels.inOtherContent(e)) {
            String opening = TextNormalizer.line(firstText(e, OPENING_CHARS));
            reader.findAll(opening, monthFirst).stream().findFirst()
                    .ifPresent(f -> visible(opening, List.of(f), DateSource.DATE_ELEMENT, position, nearHead, out));
        }
        return mayBeDateline;
    }

    /** The element's first {@code chars} characters, however deep in its inline children, without building its whole text. */
    private static String firstText(Element p, int chars) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                }
                return sb.length() >= chars ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, p);
        return sb.length() > chars ? sb.substring(0, chars) : sb.toString();
    }

    /** A container of lines (a child is a box of lines or a list), not a line: its dates are read in its lines. */
    private static boolean holdsBlocks(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child && isContainer(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isContainer(String tag) {
        return switch (tag) {
            case "div", "p", "ul", "ol", "li", "table", "tr", "section", "article", "header", "footer", "nav", "aside",
                    "form", "dl" -> true;
            default -> false;
        };
    }

    /** The source of an element that marks up a date in an attribute, if it is one. */
    private Optional<DateSource> markupSource(Element e) {
        if (!mayMarkUpDate(e)) {
            return Optional.empty();
        }
        boolean time = e.normalName().equals("time") && e.hasAttr("datetime");
        boolean abbr = e.normalName().equals("abbr") && e.hasAttr("title");
        String prop = itemProperty(e);
        String names = (e.className() + " " + prop).toLowerCase(Locale.ROOT);
        abbr = abbr && names.contains("published");
        if (!time && !abbr && !prop.startsWith("date")) {
            return Optional.empty();
        }
        if (MODIFIED_MARK.matcher(names).find()) {
            return Optional.of(DateSource.MODIFIED);
        }
        if (prop.equals("datepublished") || prop.equals("datecreated") || e.hasAttr("pubdate") || abbr
                || PUBLISHED_MARK.matcher(names).find()) {
            return Optional.of(DateSource.MARKUP);
        }
        return time ? Optional.of(DateSource.TIME) : Optional.empty();
    }

    /**
     * Whether {@code e} has the attributes a mark-up date needs ({@code <time datetime>}, {@code <abbr title>},
     * an itemprop or property): the first test of {@link #markupSource}, also made by the page walk while the
     * element's attributes are at hand.
     */
    static boolean mayMarkUpDate(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        return e.normalName().equals("time") && e.hasAttr("datetime") || e.normalName().equals("abbr") && e.hasAttr("title")
                || e.hasAttr("itemprop") || e.hasAttr("property");
    }

    /**
     * The element's microdata property, or its RDFa property without the vocabulary prefix
     * ({@code property="schema:dateCreated"}, {@code property="dc:date"}), lower-cased.
     */
    private static String itemProperty(Element e) {
        String prop = e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("property");
        return prop.substring(prop.indexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    private static Optional<String> markupValue(HintElement hint) {
        Element e = hint.element();
        for (String attr : new String[] {"datetime", "content", "title"}) {
            if (e.hasAttr(attr) && !e.attr(attr).isBlank()) {
                return Optional.of(e.attr(attr));
            }
        }
        String text = hint.text();
        return text.length() <= 2 * MAX_LINE ? Optional.of(text) : Optional.empty();
    }

    /** Each date of a visible line, labelled by the words just before it; none after a copyright or comment word. */
    private void visible(String text, List<FoundTime> times, DateSource plain, int position, boolean nearHead,
            List<DateCandidate> out) {
        int from = 0;
        DateSource lineSource = plain;
        for (FoundTime t : times) {
            String before = text.substring(from, t.start());
            if (ignoredLabel.find(before)) {
                from = t.end();
                continue;
            }
            DateSource source = modifiedLabel.find(before) ? DateSource.MODIFIED
                    : plain != DateSource.OTHER && publishedLabel.find(before) ? DateSource.LABELLED
                    : lineSource;
            lineSource = source == DateSource.MODIFIED ? plain : source;
            out.add(new DateCandidate(t, source, position, nearHead));
            from = t.end();
        }
    }

    /**
     * The class, id and itemprop tests of one page's elements. Each labelled element is tested once per
     * pattern, however many lines below it ask (the paragraphs of one article body share its
     * ancestors); an element without attributes has no label and is passed over untested.
     */
    private final class Labels {
        private final Map<Element, Boolean> dateClassed = new IdentityHashMap<>();
        private final Map<Element, Boolean> otherNamed = new IdentityHashMap<>();

        /** The element or one of its two nearest ancestors has a class, id or itemprop naming a date. */
        boolean dateNamed(Element e) {
            Element a = e;
            for (int i = 0; i < 3 && a != null; i++, a = a.parent()) {
                if (a.attributesSize() > 0 && dateClassed.computeIfAbsent(a, this::namesDate)) {
                    return true;
                }
            }
            return false;
        }

        private boolean namesDate(Element a) {
            String names = a.className() + " " + a.id() + " " + a.attr("itemprop");
            return names.length() > 2 && dateClass.find(names);
        }

        /**
         * Inside comments, related lists or sidebars (within a few levels: a page-wide wrapper named
         * {@code has-sidebar} holds the article too): their dates belong to other texts.
         */
        boolean inOtherContent(Element e) {
            Element a = e;
            for (int level = 0; level < OTHER_CONTENT_LEVELS && a != null && !a.normalName().equals("body");
                    level++, a = a.parent()) {
                if (a.normalName().equals("nav")
                        || a.attributesSize() > 0 && otherNamed.computeIfAbsent(a, this::namesOther)) {
                    return true;
                }
            }
            return false;
        }

        private boolean namesOther(Element a) {
            String names = a.className() + " " + a.id();
            return names.length() > 1 && otherContent.find(names);
        }
    }
}
