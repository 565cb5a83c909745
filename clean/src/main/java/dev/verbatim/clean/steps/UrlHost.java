package dev.verbatim.clean.steps;

import java.util.Locale;

/** The host of a page or link URL, as the steps compare hosts: lower-cased, without a leading {@code www.}. */
final class UrlHost {

    private UrlHost() {
    }

    /**
     * The host of {@code url} ({@code https://user@www.Example.com:8080/a} gives {@code example.com}), or
     * empty when {@code url} has no {@code scheme://authority}. Never throws: pages carry malformed links.
     */
    static String of(String url) {
        int scheme = url == null ? -1 : url.indexOf("://");
        if (scheme < 0) {
            return "";
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(url.lastIndexOf('@', end - 1) >= start ? url.lastIndexOf('@', end - 1) + 1 : start, end);
        int port = authority.indexOf(':');
        String h = (port < 0 ? authority : authority.substring(0, port)).strip().toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
