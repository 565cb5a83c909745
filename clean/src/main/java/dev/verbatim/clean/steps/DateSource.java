package dev.verbatim.clean.steps;

/** Where a page states a date, best evidence of the publication time first. */
enum DateSource {
    /** A publication-time {@code <meta>} ({@code article:published_time}, {@code DC.date.issued}, ...). */
    META,
    /** A JSON-LD publication key ({@code datePublished}, {@code uploadDate}, ...). */
    JSON_LD,
    /** Microdata or markup that names the publication: {@code itemprop=datePublished}, {@code <time pubdate>}. */
    MARKUP,
    /** The date in the article's URL path ({@code /2019/04/28/}, {@code /20190428/}). */
    URL,
    /** A visible date after a publication label ({@code Published}, {@code Veröffentlicht}, {@code 发布时间}). */
    LABELLED,
    /** A {@code <time datetime>} that does not say it is an update. */
    TIME,
    /** A visible date in an element whose class or id names a date ({@code post-date}, {@code byline}). */
    DATE_ELEMENT,
    /** A visible date in a short line of the page. */
    TEXT,
    /** A modification time ({@code dateModified}, {@code Updated …}): used only when nothing else dates the page. */
    MODIFIED,
    /** A visible date inside comments, related lists or sidebars. */
    OTHER,
    /**
     * A date anywhere in the page's source (link and image paths, scripts, attributes, comments), read
     * only when the page states none elsewhere, the most frequent first: the last resort.
     */
    SOURCE
}
