package dev.verbatim.clean.steps;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Two-character sequences ({@code By}) and runs of ASCII digits that a line's patterns need, looked
 * for in an element's text nodes without building its text. The {@link TextTally} marks each
 * element holding a {@link #leads lead} character (a pair's first character, a digit); only those
 * elements are looked at here. Characters {@link TextNormalizer#line} drops (zero-width spaces, soft
 * hyphens) do not part a sequence, and neither does a boundary between text nodes, so a
 * sequence of the element's text is never missed.
 *
 * <p>Immutable and thread-safe.
 */
final class MarkSequences {

    private final int digitRun;
    /** The pairs' first characters, and each pair as one int ({@code first << 16 | second}). */
    private final String firsts;
    private final int[] codes;

    /**
     * @param pairs    two letters or digits each, in a row
     * @param digitRun this many ASCII digits in a row, or 0 for none
     */
    MarkSequences(List<String> pairs, int digitRun) {
        for (String p : pairs) {
            if (p.length() != 2 || !Character.isLetterOrDigit(p.charAt(0)) || !Character.isLetterOrDigit(p.charAt(1))) {
                throw new IllegalArgumentException("a mark pair is two letters or digits: '" + p + "'");
            }
        }
        this.digitRun = digitRun;
        StringBuilder sb = new StringBuilder();
        pairs.forEach(p -> sb.append(p.charAt(0)));
        this.firsts = sb.toString();
        this.codes = pairs.stream().mapToInt(p -> p.charAt(0) << 16 | p.charAt(1)).toArray();
    }

    /** The characters that may begin a sequence: the pairs' first characters and, for a run, the digits. */
    String leads() {
        return digitRun > 0 ? firsts + "0123456789" : firsts;
    }

    /** Whether the text of {@code e} may hold a sequence: true when it does, and when a text node boundary parts one. */
    boolean in(Element e) {
        Scan scan = new Scan();
        return scan.in(e);
    }

    /** The state of one look: the last visible character and the digits in a row before it. */
    private final class Scan {
        private char prev;
        private int run;

        boolean in(Node node) {
            if (node instanceof TextNode t) {
                return in(t.getWholeText());
            }
            for (int i = 0; i < node.childNodeSize(); i++) {
                if (in(node.childNode(i))) {
                    return true;
                }
            }
            return false;
        }

        private boolean in(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c < ' ' || c > '~') && TextNormalizer.isInvisible(c)) {
                    continue;
                }
                run = c >= '0' && c <= '9' ? run + 1 : 0;
                if (digitRun > 0 && run >= digitRun || isPair(prev, c)) {
                    return true;
                }
                prev = c;
            }
            return false;
        }

        private boolean isPair(char first, char second) {
            if (firsts.indexOf(first) < 0) {
                return false;
            }
            int code = first << 16 | second;
            for (int c : codes) {
                if (c == code) {
                    return true;
                }
            }
            return false;
        }
    }
}
