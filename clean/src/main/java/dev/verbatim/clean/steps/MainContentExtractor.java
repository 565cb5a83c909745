package dev.verbatim.clean.steps;

import java.util.IdentityHashMap;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main content of a parsed HTML page: deletes markup, scores candidate containers by
 * text length, punctuation (Latin and CJK), link density and class/id hints, widens the best one
 * to its good siblings, then deletes the boilerplate left inside it. When the strict pass (which
 * ignores subtrees whose names look like boilerplate) finds too little text, a loose pass that
 * ignores only hidden subtrees gets a second chance.
 *
 * <p>Mutates the document: read page-wide metadata before calling it.
 *
 * <p>Thread-safe: holds only immutable collaborators; every call works on its own state.
 */
public final class MainContentExtractor {

    private final BoilerplateScanner scanner;
    private final MainContentScorer scorer;
    private final MainContentSiblings siblings;
    private final BoilerplateCleaner cleaner;
    /** Below this much text (in {@link MainContentStats} units) the loose pass is tried. */
    private final int minContent;

    /** Builds the extractor and its compiled patterns; reuse one instance across threads. */
    public MainContentExtractor(ExtractionRules rules) {
        this.minContent = rules.minContent();
        BoilerplateHints hints = new BoilerplateHints(rules);
        this.scanner = new BoilerplateScanner(hints);
        this.scorer = new MainContentScorer(hints);
        this.siblings = new MainContentSiblings();
        this.cleaner = new BoilerplateCleaner(hints);
    }

    /**
     * Extracts the main content of {@code doc}.
     *
     * @return the element holding the article body (the body itself when nothing scores) and
     *     what was removed, totalled by reason; never null
     */
    public Extraction extract(Document doc) {
        Element body = doc.body();
        BoilerplateTally tally = new BoilerplateTally();
        BoilerplateScanner.Marks marks = scanner.scan(body, tally);
        MainContentStats stats = MainContentStats.measure(body, marks.allSet());
        Element top = scorer.pick(body, stats, marks.articles());
        if (stats.of(top).chars < minContent) {
            MainContentStats loose = MainContentStats.measure(body, marks.hiddenSet());
            Element alternative = scorer.pick(body, loose, marks.articles());
            if (loose.of(alternative).chars > stats.of(top).chars * 2) {
                top = alternative;
                stats = loose;
                marks = new BoilerplateScanner.Marks(marks.hidden(), new IdentityHashMap<>(), marks.articles());
            }
        }
        Element content = top == body ? body : assemble(doc, siblings.select(top, stats));
        cleaner.clean(content, marks, stats, tally);
        return new Extraction(content, tally.removals());
    }

    private static Element assemble(Document doc, List<Element> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Element wrapper = doc.createElement("div");
        parts.get(0).before(wrapper);
        for (Element part : parts) {
            wrapper.appendChild(part);
        }
        return wrapper;
    }
}
