package dev.verbatim.model;

/**
 * Names of the record headers that travel with a raw page on {@code pages.raw}, and the error
 * headers added on {@code pages.rejected}. One place, shared by producer, topology and tests.
 */
public final class PageHeaders {

    /** The verbatim HTTP {@code Content-Type}; may lack a charset. */
    public static final String CONTENT_TYPE = "content-type";
    /** ISO-8601 UTC instant of the fetch. */
    public static final String FETCHED_AT = "fetched-at";
    /** The page URL (also the record key). */
    public static final String URL = "url";
    /** On {@code transcripts} records (and tombstones): the rules version that produced them. */
    public static final String RULES_VERSION = "rules-version";
    /**
     * On {@code transcripts} records (and tombstones): the epoch of the activation of those rules
     * (decimal), so that the sink orders versions by activation; see {@link RulesActivation}.
     */
    public static final String RULES_EPOCH = "rules-epoch";
    /** Prefix of original HTTP response headers kept with a page (WARC import): {@code http.<lower-case name>}. */
    public static final String HTTP_PREFIX = "http.";
    public static final String ERROR_STAGE = "error.stage";
    public static final String ERROR_REASON = "error.reason";
    public static final String ERROR_DETAIL = "error.detail";
    /** Where the rejected record came from: {@code topic/partition/offset}. */
    public static final String ERROR_SOURCE = "error.source";
    /**
     * On a rejection whose page was larger than the rejected topic takes: the page's whole length in
     * bytes; the record keeps its first bytes.
     */
    public static final String ERROR_ORIGINAL_BYTES = "error.original-bytes";

    private PageHeaders() {
    }
}
