package dev.verbatim.clean.steps;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses decoded HTML into a document, once per page, resolving links against the page URL.
 *
 * <p>Thread-safe and stateless: every call builds its own parser.
 */
public final class HtmlParser {

    /** The document tree of {@code html}; Jsoup repairs any markup, so this never fails. */
    public Document parse(String html, String url) {
        return Jsoup.parse(html, url);
    }
}
