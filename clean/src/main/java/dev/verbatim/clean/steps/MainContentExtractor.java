package dev.verbatim.clean.steps;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Finds the main content of a parsed HTML page. STUB: returns the body; the real extractor
 * replaces this. May mutate the document: read page-wide metadata before calling it.
 *
 * <p>Thread-safe: holds only immutable configuration.
 */
public final class MainContentExtractor {

    public Extraction extract(Document doc) {
        return new Extraction(doc.body(), List.of());
    }
}
