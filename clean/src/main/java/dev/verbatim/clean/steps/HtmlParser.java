package dev.verbatim.clean.steps;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses decoded HTML into a document, once per page, resolving links against the page URL. The
 * text is read from {@link Decoded#reader}, as {@code Jsoup.parse(String, String)} reads its string.
 *
 * <p>Thread-safe and stateless: every call builds its own parser.
 */
public final class HtmlParser {

    /** The document tree of {@code page}; Jsoup repairs any markup, so this never fails. */
    public Document parse(Decoded page, String url) {
        return Parser.htmlParser().parseInput(page.reader(), url);
    }
}
