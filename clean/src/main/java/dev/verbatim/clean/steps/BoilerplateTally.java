package dev.verbatim.clean.steps;

import dev.verbatim.model.Removal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Adds up what one extraction removed, by reason, in the order reasons first occur.
 *
 * <p>Not thread-safe: one instance per extraction call.
 */
final class BoilerplateTally {

    private final Map<String, Integer> chars = new LinkedHashMap<>();

    /** Records that {@code removed} was dropped for {@code reason}; counts its visible text. */
    void add(String reason, Element removed) {
        int length = BoilerplateHints.isMarkup(removed.normalName())
                ? dataLength(removed) : removed.text().length();
        chars.merge(reason, length, Integer::sum);
    }

    /** The length of {@link Element#data()} (script and style data, comments, CDATA), without building it. */
    private static int dataLength(Element e) {
        int[] length = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof DataNode d) {
                length[0] += d.getWholeData().length();
            } else if (node instanceof Comment c) {
                length[0] += c.getData().length();
            } else if (node instanceof CDataNode c) {
                length[0] += c.getWholeText().length();
            }
        }, e);
        return length[0];
    }

    List<Removal> removals() {
        List<Removal> result = new ArrayList<>(chars.size());
        chars.forEach((reason, count) -> result.add(new Removal(reason, count)));
        return result;
    }
}
