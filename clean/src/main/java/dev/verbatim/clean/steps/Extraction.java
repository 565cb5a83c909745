package dev.verbatim.clean.steps;

import dev.verbatim.model.Removal;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * The main content of an HTML page: the element holding the article body, with boilerplate
 * subtrees already removed from it, and what was removed.
 */
public record Extraction(Element content, List<Removal> removed) {
    public Extraction {
        Objects.requireNonNull(content, "content");
        removed = List.copyOf(removed);
    }
}
