package dev.verbatim.model;

import java.util.Locale;

/** Why a page was rejected; a closed set so that rejections can be counted by reason. */
public enum Reason {
    /** The body has no bytes. */
    EMPTY_BODY,
    /** The body is not text (NUL bytes, control characters, an image). */
    BINARY_CONTENT,
    /** No charset decodes the body without damage. */
    UNDECODABLE,
    /** The content type is not a text type the cleaner reads. */
    UNSUPPORTED_TYPE,
    /** The record on the raw topic is malformed (no key, bad headers). */
    MALFORMED_RECORD,
    /** No main content was found. */
    NO_CONTENT,
    /** The main content is shorter than the configured minimum. */
    TOO_SHORT,
    /** The page is over a size budget: its bytes, its transcript's characters, or a topic's message size. */
    TOO_LARGE,
    /** The page is over a structure budget: too many HTML elements, lines or blocks. */
    TOO_COMPLEX,
    /** Cleaning the page took more than its CPU-time budget. */
    TIMEOUT,
    /** An unexpected exception; the detail names it. */
    INTERNAL_ERROR;

    /** The wire form used in the {@code error.reason} header: lower case with dashes. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
