package dev.verbatim.clean.steps;

import dev.verbatim.model.Removal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Adds up what one extraction removed, by reason, in the order reasons first occur.
 *
 * <p>Not thread-safe: one instance per extraction call.
 */
final class BoilerplateTally {

    private final Map<String, Integer> chars = new LinkedHashMap<>();

    /** Records that {@code removed} was dropped for {@code reason}; counts its visible text. */
    void add(String reason, Element removed) {
        int length = BoilerplateHints.MARKUP_TAGS.contains(removed.normalName())
                ? removed.data().length() : removed.text().length();
        chars.merge(reason, length, Integer::sum);
    }

    List<Removal> removals() {
        List<Removal> result = new ArrayList<>(chars.size());
        chars.forEach((reason, count) -> result.add(new Removal(reason, count)));
        return result;
    }
}
