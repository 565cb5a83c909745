package dev.verbatim.clean.steps;

import java.util.List;
import java.util.Locale;

/**
 * A list of lower-case words looked for anywhere in a lower-case class/id label with plain
 * {@code indexOf} scans. Used where the word found matters (the kind of boilerplate a label names);
 * where only the lists matter, {@link WordAutomaton} reads all of them in one pass.
 *
 * <p>Thread-safe: immutable.
 */
final class BoilerplateWords {

    private final List<String> words;

    private BoilerplateWords(List<String> words) {
        this.words = words;
    }

    /** Words matched anywhere in the label; throws {@link IllegalArgumentException} for one not in lower case. */
    static BoilerplateWords inside(String... words) {
        for (String w : words) {
            if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("word must be lower-case: " + w);
            }
        }
        return new BoilerplateWords(List.of(words));
    }

    /** Words matched anywhere in the label. */
    static BoilerplateWords inside(List<String> words) {
        return inside(words.toArray(String[]::new));
    }

    /** The first word found in {@code label}, or {@code null} when none is. */
    String find(String label) {
        for (String w : words) {
            if (label.indexOf(w) >= 0) {
                return w;
            }
        }
        return null;
    }

    boolean in(String label) {
        return find(label) != null;
    }

    /** The words, in list order. */
    List<String> words() {
        return words;
    }
}
