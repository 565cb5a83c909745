package dev.verbatim.clean.steps;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The people a byline names, the outlet its credit names, and the text it leaves once their fields are cut out.
 *
 * @param authors   author names in order, without role words
 * @param editors   editor names in order, without role words
 * @param remainder the text with every author and editor field (and the outlet) removed
 * @param outlet    the outlet named before a reporter title ({@code 聯合報 記者…}, {@code 眾新聞記者})
 */
public record Byline(List<String> authors, List<String> editors, String remainder, Optional<String> outlet) {
    public Byline {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        Objects.requireNonNull(remainder, "remainder");
        Objects.requireNonNull(outlet, "outlet");
    }

    /** True when the text named nobody. */
    public boolean isEmpty() {
        return authors.isEmpty() && editors.isEmpty();
    }
}
