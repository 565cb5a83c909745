package dev.verbatim.clean.steps;

/** How a decoded page is read: as HTML markup, as plain text lines, or as Markdown. */
public enum PageFormat {
    HTML,
    TEXT,
    /** Markdown (CommonMark with raw HTML), with an optional YAML front-matter block. */
    MARKDOWN
}
