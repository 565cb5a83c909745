package dev.verbatim.clean.steps;

import dev.verbatim.model.Removal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the transcript metadata (title, publication time, site, authors, editors, IP location)
 * from the blocks and the page hints, and cuts metadata out of the blocks: the title line,
 * lines that are nothing but metadata, and a byline glued to the end of the last paragraph.
 * In-article attributions win over page-wide hints.
 *
 * <p>Thread-safe: holds only stateless collaborators and compiled patterns.
 */
public final class MetadataReader {

    private static final Pattern LABEL_LEAD = Pattern.compile("^([^:：]{1,12})[:：]");

    private final MetadataRules rules;
    private final Pattern gluedByline;
    private final Pattern leadingByline;
    private final Alternatives credit;
    private final Alternatives photoCredit;
    private final Pattern metadataLead;
    /** A cheap first look: a metadata line has one of the line hints (a digit or a field word). */
    private final Alternatives mayHold;
    private final MetadataLineParser lines;
    private final BylineParser bylines;
    private final PublishedPicker picker;
    private final TitlePicker titles = new TitlePicker();

    /** A reader of the field markers of {@code rules} and the dates of {@code dateRules}; compiles them once. */
    public MetadataReader(MetadataRules rules, DateRules dateRules) {
        this.rules = rules;
        this.picker = new PublishedPicker(dateRules);
        this.gluedByline = Pattern.compile("[（(]\\s*(" + BylineParser.words(rules.gluedBylineWords())
                + "[^（）()]{1,80})[)）]\\s*$");
        this.leadingByline = Pattern.compile("^\\s*[〔【\\[［（(]\\s*(" + BylineParser.words(rules.gluedBylineWords())
                + "[^〔〕【】\\[\\]［］（）()]{1,60})[〕】\\]］）)]\\s*");
        this.credit = Alternatives.of(rules.creditPatterns());
        this.photoCredit = Alternatives.of(rules.photoWords());
        this.metadataLead = Pattern.compile("^" + BylineParser.words(rules.fieldLabels()) + "$");
        this.mayHold = Alternatives.of(rules.lineHints());
        this.lines = new MetadataLineParser(rules, dateRules);
        this.bylines = new BylineParser(rules);
    }

    /** Metadata for a page in {@code language}, and the blocks without metadata lines. */
    public MetadataResult read(List<SourceBlock> blocks, PageHints hints, boolean plainText, String language) {
        return read(blocks, hints, plainText, language, "", null);
    }

    /**
     * Metadata for a page in {@code language} at {@code url}, fetched at {@code fetchedAt} (null when
     * unknown: no date is then too late), and the blocks without metadata lines.
     */
    public MetadataResult read(List<SourceBlock> blocks, PageHints hints, boolean plainText, String language,
            String url, Instant fetchedAt) {
        List<Removal> removed = new ArrayList<>();
        List<SourceBlock> rest = new ArrayList<>(blocks);
        String title = pickTitle(rest, hints, plainText, removed);
        Fields fields = new Fields();
        cutLeadingByline(rest, fields, removed);
        cutGluedByline(rest, fields, removed);
        dropCredits(rest, removed);
        Map<String, Integer> leads = labelLeads(rest);
        cutMetadataLines(rest, leads, fields, removed);
        readHintLines(hints, leads, fields);
        List<DateCandidate> dated = new ArrayList<>(hints.published());
        fields.time.ifPresent(t -> dated.add(new DateCandidate(t, DateSource.DATE_ELEMENT, Integer.MAX_VALUE, true)));
        String address = url.startsWith("http") ? url : hints.canonicalUrl().orElse(url);
        Optional<OffsetDateTime> published = picker.pick(dated, language, address, fetchedAt);
        List<String> hinted = hintAuthors(hints, fields);
        Optional<String> site = fields.source.or(() -> fields.outlet).or(hints::siteName).or(hints::publisher)
                .or(() -> titles.siteFromTitle(hints, title));
        List<String> authors = fields.authors.isEmpty() ? notOrganisations(hinted, site, hints) : fields.authors;
        PageMetadata meta = new PageMetadata(title, published, site, authors, fields.editors, fields.ip);
        return new MetadataResult(meta, rest, removed);
    }

    /** Cuts the lines that are nothing but metadata out of {@code rest}, their fields into {@code fields}. */
    private void cutMetadataLines(List<SourceBlock> rest, Map<String, Integer> leads, Fields fields, List<Removal> removed) {
        for (int i = 0; i < rest.size(); i++) {
            SourceBlock b = rest.get(i);
            boolean caption = b.kind() == SourceKind.CAPTION;
            if (b.text().length() > rules.maxLineChars() || !mayHold.foundIn(b.text()) || recurringLead(b.text(), leads)
                    || caption && photoCredit.foundIn(b.text())) {
                continue;
            }
            MetadataLine line = lines.parse(b.text());
            // A caption is metadata only when it is nothing but a writer's byline (centred under a picture).
            if (caption ? isBylineOnly(line, b.text()) : line.isMetadataOnly(b.text().length())) {
                fields.add(line);
                removed.add(new Removal("metadata", b.text().length()));
                rest.remove(i--);
            }
        }
    }

    /** Fields of the page's short metadata texts fill what the article left empty; a turn is none. */
    private void readHintLines(PageHints hints, Map<String, Integer> leads, Fields fields) {
        for (String text : hints.metaLines()) {
            MetadataLine line = lines.parse(text);
            if (line.isMetadataOnly(text.length()) && !recurringLead(text, leads)) {
                fields.addFallback(line.byline());
                fields.addMissing(line);
            } else if (line.hasSourceField()) {
                fields.source = fields.source.or(line::source);
            }
        }
    }

    private String pickTitle(List<SourceBlock> rest, PageHints hints, boolean plainText, List<Removal> removed) {
        Optional<String> hinted = titles.fromHints(hints);
        if (hinted.isPresent()) {
            for (int i = 0; i < rest.size(); i++) {
                if (rest.get(i).text().equals(hinted.get())) {
                    removed.add(new Removal("title", rest.remove(i--).text().length()));
                }
            }
            return hinted.get();
        }
        int index = plainText ? titles.plainTitleIndex(rest) : -1;
        if (index < 0) {
            return "";
        }
        SourceBlock line = rest.remove(index);
        removed.add(new Removal("title", line.text().length()));
        return line.text();
    }

    /**
     * Authors from markup: the names of the visible byline elements, else the meta and JSON-LD authors. A
     * staff credit among them ({@code 眾新聞記者}) names only its outlet, which goes to {@code fields}.
     */
    private List<String> hintAuthors(PageHints hints, Fields fields) {
        List<String> visible = new ArrayList<>();
        for (String text : hints.bylines()) {
            MetadataLine line = lines.parse(text);
            List<String> names = line.byline().authors().isEmpty() ? latinOnly(bylines.bareNames(line.leftover()))
                    : line.byline().authors();
            names.stream().filter(n -> !visible.contains(n)).forEach(visible::add);
        }
        List<String> meta = new ArrayList<>();
        for (String a : hints.authors()) {
            Byline credit = bylines.parse(a);
            if (credit.outlet().isPresent() && credit.authors().isEmpty()) {
                fields.outlet = fields.outlet.or(credit::outlet);
            } else if (a.length() <= 40 && !meta.contains(a)) {
                meta.add(a);
            }
        }
        return visible.isEmpty() ? meta : visible;
    }

    /**
     * Bare names of a byline element without a role word: Latin-script ones only, since a short run of Han
     * characters (a button, a form label) reads as a name too easily.
     */
    private static List<String> latinOnly(List<String> names) {
        return names.stream().allMatch(n -> !ScriptConverter.containsHan(n)) ? names : List.of();
    }

    /**
     * {@code names} without the organisations among them: a name that is, or is part of, the site, the
     * publisher or the {@code <title>} suffix (a portal credited as the author) names no person.
     */
    private List<String> notOrganisations(List<String> names, Optional<String> site, PageHints hints) {
        List<String> orgs = new ArrayList<>();
        site.ifPresent(orgs::add);
        hints.siteName().ifPresent(orgs::add);
        hints.publisher().ifPresent(orgs::add);
        hints.docTitle().flatMap(t -> titles.siteFromTitle(hints, hints.headline().orElse(""))).ifPresent(orgs::add);
        return names.stream().filter(n -> orgs.stream().noneMatch(o -> names(o, n) || names(n, o))).toList();
    }

    /**
     * True when {@code part} is, or is part of, the name {@code whole}: anywhere in Chinese, which has no spaces
     * ({@code 网易} in {@code 网易财经}), as whole words elsewhere ({@code BBC} in {@code BBC News}, not {@code Lee} in
     * {@code Leeds Times}).
     */
    private static boolean names(String whole, String part) {
        int at = whole.indexOf(part);
        if (at < 0 || part.isBlank()) {
            return false;
        }
        if (ScriptConverter.containsHan(part)) {
            return true;
        }
        int end = at + part.length();
        return (at == 0 || !Character.isLetterOrDigit(whole.charAt(at - 1)))
                && (end == whole.length() || !Character.isLetterOrDigit(whole.charAt(end)));
    }

    /** Cuts a bracketed credit that opens one of the first paragraphs ({@code 〔記者巫其倫／台北報導〕…}). */
    private void cutLeadingByline(List<SourceBlock> rest, Fields fields, List<Removal> removed) {
        for (int i = 0; i < Math.min(rest.size(), rules.gluedBylineWindow()); i++) {
            SourceBlock b = rest.get(i);
            Matcher m = leadingByline.matcher(b.text());
            if (b.kind() == SourceKind.CAPTION || !m.find()) {
                continue;
            }
            Byline byline = bylines.parse(m.group(1));
            if (byline.isEmpty()) {
                continue;
            }
            fields.addByline(byline);
            removed.add(new Removal("byline", m.end()));
            String kept = b.text().substring(m.end()).strip();
            if (kept.isEmpty()) {
                rest.remove(i--);
            } else {
                rest.set(i, b.withText(kept));
            }
            return;
        }
    }

    /** True when the line names authors or editors and holds nothing else of note. */
    private static boolean isBylineOnly(MetadataLine line, String text) {
        return !line.byline().isEmpty() && line.time().isEmpty() && line.isMetadataOnly(text.length());
    }

    /** Drops contributor, proofreader and contact lines: credits that name neither authors nor editors. */
    private void dropCredits(List<SourceBlock> rest, List<Removal> removed) {
        for (int i = 0; i < rest.size(); i++) {
            String text = rest.get(i).text();
            if (text.length() <= rules.creditMaxChars() && credit.foundIn(text)) {
                removed.add(new Removal("credit", text.length()));
                rest.remove(i--);
            }
        }
    }

    private void cutGluedByline(List<SourceBlock> rest, Fields fields, List<Removal> removed) {
        for (int i = Math.max(0, rest.size() - rules.gluedBylineWindow()); i < rest.size(); i++) {
            SourceBlock b = rest.get(i);
            Matcher m = gluedByline.matcher(b.text());
            if (!m.find()) {
                continue;
            }
            Byline byline = bylines.parse(m.group(1));
            if (byline.isEmpty()) {
                continue;
            }
            fields.addByline(byline);
            removed.add(new Removal("byline", m.end() - m.start()));
            String kept = b.text().substring(0, m.start()).strip();
            if (kept.isEmpty()) {
                rest.remove(i--);
            } else {
                rest.set(i, b.withText(kept));
            }
        }
    }

    private static Map<String, Integer> labelLeads(List<SourceBlock> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (SourceBlock b : blocks) {
            Matcher m = LABEL_LEAD.matcher(b.text());
            if (m.find()) {
                counts.merge(m.group(1).strip(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** A line led by a label that recurs is a speaker's turn, never metadata. */
    private boolean recurringLead(String text, Map<String, Integer> leads) {
        Matcher m = LABEL_LEAD.matcher(text);
        return m.find() && !metadataLead.matcher(m.group(1).strip()).matches()
                && leads.getOrDefault(m.group(1).strip(), 0) >= 2;
    }

    /** Fields gathered over the metadata lines; the first value of each kind wins. */
    private static final class Fields {
        private final List<String> authors = new ArrayList<>();
        private final List<String> editors = new ArrayList<>();
        private Optional<FoundTime> time = Optional.empty();
        private Optional<String> ip = Optional.empty();
        private Optional<String> source = Optional.empty();
        private Optional<String> outlet = Optional.empty();
        private boolean fallbackAuthors;
        private boolean fallbackEditors;

        void add(MetadataLine line) {
            addByline(line.byline());
            time = time.or(line::time);
            ip = ip.or(line::ip);
            source = source.or(line::source);
            outlet = outlet.or(line::outlet);
        }

        /** Fields of a page-wide metadata line fill only what the article left empty. */
        void addMissing(MetadataLine line) {
            time = time.or(line::time);
            ip = ip.or(line::ip);
            source = source.or(line::source);
            outlet = outlet.or(line::outlet);
        }

        void addByline(Byline b) {
            b.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
            b.editors().stream().filter(e -> !editors.contains(e)).forEach(editors::add);
        }

        /** Page-wide bylines only fill a field that the article itself left empty. */
        void addFallback(Byline b) {
            if (authors.isEmpty() || fallbackAuthors) {
                fallbackAuthors = true;
                b.authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
            }
            if (editors.isEmpty() || fallbackEditors) {
                fallbackEditors = true;
                b.editors().stream().filter(e -> !editors.contains(e)).forEach(editors::add);
            }
        }
    }
}
