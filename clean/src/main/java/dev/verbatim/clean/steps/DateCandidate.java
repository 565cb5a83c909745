package dev.verbatim.clean.steps;

import java.util.Objects;

/**
 * A date a page states, and where it states it.
 *
 * @param time     the date and time as written (offset only when the page gives one)
 * @param source   where the page states it
 * @param position the element's place in the page's date-bearing elements (0 for page-wide markup)
 * @param nearHead whether it is printed after the headline (the article's own date line, not a header date)
 */
record DateCandidate(FoundTime time, DateSource source, int position, boolean nearHead) {

    public DateCandidate {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
    }

    /** A page-wide candidate (meta tag, JSON-LD, URL) without a place on the page. */
    public static DateCandidate of(FoundTime time, DateSource source) {
        return new DateCandidate(time, source, 0, false);
    }

    @Override
    public String toString() {
        return source + ":" + time.local() + time.offset().map(Object::toString).orElse("");
    }
}
