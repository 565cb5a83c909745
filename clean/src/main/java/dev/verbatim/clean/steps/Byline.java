package dev.verbatim.clean.steps;

import java.util.List;

/**
 * The people a byline names, and the text it leaves once their fields are cut out.
 *
 * @param authors   author names in order, without role words
 * @param editors   editor names in order, without role words
 * @param remainder the text with every author and editor field removed
 */
public record Byline(List<String> authors, List<String> editors, String remainder) {
    public Byline {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
    }

    /** True when the text named nobody. */
    public boolean isEmpty() {
        return authors.isEmpty() && editors.isEmpty();
    }
}
