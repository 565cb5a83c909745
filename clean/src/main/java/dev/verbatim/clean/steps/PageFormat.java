package dev.verbatim.clean.steps;

/** How a decoded page is read: as HTML markup, or as plain text lines. */
public enum PageFormat {
    HTML,
    TEXT
}
