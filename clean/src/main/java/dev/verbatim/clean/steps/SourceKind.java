package dev.verbatim.clean.steps;

/** What the markup (or the line layout) says a source block is, before speakers are known. */
enum SourceKind {
    /** A section heading: {@code <h2>}–{@code <h6>} or a standalone bold line. */
    HEADING,
    /** Body text: a paragraph, a list item, a line split by {@code <br>}, a plain-text line. */
    PARAGRAPH,
    /** An image caption. */
    CAPTION
}
