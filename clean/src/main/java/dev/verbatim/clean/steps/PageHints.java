package dev.verbatim.clean.steps;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Page-wide metadata read from the whole document before extraction: the candidates each
 * source offers, unconverted and unvalidated. Empty for plain-text pages.
 *
 * @param headline    the story's own heading: an {@code <h1>} or named headline element that {@code og:title} or
 *                    {@code <title>} agrees with, kicker cut, else the longest {@code <h1>} that is not a logo
 * @param ogTitle     {@code og:title} or {@code twitter:title}
 * @param docTitle    the {@code <title>} text, suffix and all
 * @param published   every date the page states (meta tags, JSON-LD, {@code <time>}, URL, short lines), with its source
 * @param siteName    {@code og:site_name} or {@code application-name}
 * @param publisher   the JSON-LD publisher name, else the Dublin Core {@code DC.publisher}
 * @param authors     author names from meta tags and JSON-LD
 * @param metaLines   short page texts that carry byline words, a dated time, {@code IP属地} or
 *                    {@code 来源}, in page order: metadata the extractor may cut from the content
 * @param lang        the {@code <html lang>} or {@code content-language} value
 * @param bylines     short texts of byline elements ({@code a[rel=author]}, {@code [itemprop=author]}, elements
 *                    named by a byline word), in page order: the visible credit, which outranks meta authors
 * @param canonicalUrl the page's own address as it states it ({@code <link rel=canonical>}, {@code og:url})
 */
public record PageHints(Optional<String> headline, Optional<String> ogTitle, Optional<String> docTitle,
        List<DateCandidate> published, Optional<String> siteName, Optional<String> publisher, List<String> authors,
        List<String> metaLines, Optional<String> lang, List<String> bylines, Optional<String> canonicalUrl) {

    public PageHints {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(ogTitle, "ogTitle");
        Objects.requireNonNull(docTitle, "docTitle");
        published = List.copyOf(published);
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(publisher, "publisher");
        authors = List.copyOf(authors);
        metaLines = List.copyOf(metaLines);
        Objects.requireNonNull(lang, "lang");
        bylines = List.copyOf(bylines);
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    }

    /** Hints of a page that states no address of its own. */
    public PageHints(Optional<String> headline, Optional<String> ogTitle, Optional<String> docTitle,
            List<DateCandidate> published, Optional<String> siteName, Optional<String> publisher, List<String> authors,
            List<String> metaLines, Optional<String> lang, List<String> bylines) {
        this(headline, ogTitle, docTitle, published, siteName, publisher, authors, metaLines, lang, bylines,
                Optional.empty());
    }

    /** No hints at all, as for a plain-text page. */
    public static PageHints none() {
        return new PageHints(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), List.of());
    }
}
