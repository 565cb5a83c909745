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
        cutGluedByline(rest, fields, removed);
        Map<String, Integer> leads = labelLeads(rest);
        for (int i = 0; i < rest.size(); i++) {
            SourceBlock b = rest.get(i);
            if (b.kind() == SourceKind.CAPTION || b.text().length() > rules.maxLineChars() || !mayHold.foundIn(b.text())
                    || recurringLead(b.text(), leads)) {
                continue;
            }
            MetadataLine line = lines.parse(b.text());
            if (line.isMetadataOnly(b.text().length())) {
                fields.add(line);
                removed.add(new Removal("metadata", b.text().length()));
                rest.remove(i--);
            }
        }
        for (String text : hints.metaLines()) {
            fields.addFallback(bylines.parse(text));
            MetadataLine line = lines.parse(text);
            if (line.isMetadataOnly(text.length())) {
                fields.addMissing(line);
            }
        }
        List<DateCandidate> dated = new ArrayList<>(hints.published());
        fields.time.ifPresent(t -> dated.add(new DateCandidate(t, DateSource.DATE_ELEMENT, Integer.MAX_VALUE, true)));
        Optional<OffsetDateTime> published = picker.pick(dated, language, url, fetchedAt);
        Optional<String> site = fields.source.or(() -> fields.outlet).or(hints::siteName).or(hints::publisher)
                .or(() -> titles.siteFromTitle(hints, title));
        List<String> authors = fields.authors.isEmpty() ? hintAuthors(hints) : fields.authors;
        PageMetadata meta = new PageMetadata(title, published, site, authors, fields.editors, fields.ip);
        return new MetadataResult(meta, rest, removed);
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

    private static List<String> hintAuthors(PageHints hints) {
        return hints.authors().stream().filter(a -> a.length() <= 40).distinct().toList();
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
