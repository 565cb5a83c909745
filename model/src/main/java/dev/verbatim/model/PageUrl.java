package dev.verbatim.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one check of a page's URL, shared by every door pages come in by (sidecars, the crawler,
 * WARC files, the raw topic): an absolute URL of an allowed scheme with a host (or a path, for
 * {@code file:}), of sane length, with no white space, control character or lone surrogate. Such
 * a URL is the page's identity and a file name's source, so anything else is refused before it
 * can be pushed, keyed or stored.
 *
 * <p>Stateless and thread-safe.
 */
public final class PageUrl {

    /** Longest URL accepted, in characters. */
    public static final int MAX_CHARS = 4096;
    /** The schemes of fetched pages. */
    public static final Set<String> WEB = Set.of("http", "https");
    /** The schemes of pages on the raw topic: fetched ones and local files ingested without a sidecar URL. */
    public static final Set<String> WEB_AND_FILE = Set.of("http", "https", "file");

    private PageUrl() {
    }

    /** What is wrong with {@code url} as a page URL of one of {@code schemes}, or empty when nothing is. */
    public static Optional<String> defect(String url, Set<String> schemes) {
        if (url.isEmpty()) {
            return Optional.of("the URL is empty");
        }
        if (url.length() > MAX_CHARS) {
            return Optional.of(String.format(Locale.ROOT, "the URL has %,d characters, more than %,d",
                    url.length(), MAX_CHARS));
        }
        Optional<String> character = badCharacter(url);
        if (character.isPresent()) {
            return character;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a URL: " + e.getReason() + " at index " + e.getIndex());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!schemes.contains(scheme)) {
            return Optional.of("not an absolute " + String.join(" or ", schemes.stream().sorted().toList())
                    + " URL" + (scheme.isEmpty() ? "" : " (scheme '" + scheme + "')"));
        }
        boolean hasPlace = scheme.equals("file") ? uri.getPath() != null && !uri.getPath().isEmpty()
                : uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty(); // an IDN host has no getHost()
        return hasPlace ? Optional.empty() : Optional.of("the URL has no " + (scheme.equals("file") ? "path" : "host"));
    }

    private static Optional<String> badCharacter(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < url.length() && Character.isLowSurrogate(url.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format(Locale.ROOT, "the URL has a lone surrogate (U+%04X) at index %d", (int) c, i));
            } else if (c <= 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isWhitespace(c)) {
                return Optional.of(String.format(Locale.ROOT, "the URL has white space or a control character (U+%04X) at index %d",
                        (int) c, i));
            }
        }
        return Optional.empty();
    }
}
