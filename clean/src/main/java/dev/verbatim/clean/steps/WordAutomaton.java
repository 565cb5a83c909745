package dev.verbatim.clean.steps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Several word lists looked for anywhere in a text at once, in one pass over its characters (an
 * Aho–Corasick automaton with a dense transition table): the answer is a bit set with bit {@code i}
 * on when a word of list {@code i} occurs in the text, the same as a {@code String.contains} of
 * every word of every list, at a fraction of the cost. Class and id labels are short and every
 * element has one, so the per-label cost matters more than the build.
 *
 * <p>A token automaton ({@link #ofTokens}) reads the text as tokens of letters and digits instead:
 * its words match whole tokens only, its prefixes the start of a token. A case-blind automaton
 * ({@link #caseBlind}) reads the text as lower case, without building a lower-case copy.
 *
 * <p>Immutable and thread-safe.
 */
final class WordAutomaton {

    /** The symbol of characters that occur in no word: from any state it leads back to the start. */
    private static final int OTHER = 0;
    /** Stands for the edge of a token, in the words of a token automaton. */
    private static final char EDGE = '\u0000';

    private final int[] asciiSymbols = new int[128];
    private final Map<Character, Integer> otherSymbols = new HashMap<>();
    private final int alphabet;
    /**
     * {@code next[state + symbol]}: the state after reading a character. A state is the index of its
     * row (its number times the alphabet's size), so a step is one add and one load, no multiply.
     */
    private final int[] next;
    /** At each state's index, the bits of the lists with a word ending there (itself or a suffix). */
    private final int[] found;
    private final boolean tokenized;
    private final boolean caseBlind;
    /** The symbol of each ASCII character of the text: of its lower case when case-blind. */
    private final int[] textSymbols = new int[128];

    private WordAutomaton(List<List<String>> lists, boolean tokenized, boolean caseBlind) {
        this.tokenized = tokenized;
        this.caseBlind = caseBlind;
        int symbols = 1;
        for (List<String> words : lists) {
            for (String word : words) {
                for (char c : word.toCharArray()) {
                    if (symbol(c) == OTHER) {
                        if (c < 128) {
                            asciiSymbols[c] = symbols++;
                        } else {
                            otherSymbols.put(c, symbols++);
                        }
                    }
                }
            }
        }
        this.alphabet = symbols;
        for (char c = 0; c < 128; c++) {
            textSymbols[c] = asciiSymbols[caseBlind && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
        }
        Trie trie = new Trie(lists);
        int[] table = new int[trie.size() * alphabet];
        int[] ends = new int[trie.size()];
        link(trie, table, ends);
        this.found = new int[table.length];
        for (int state = 0; state < ends.length; state++) {
            found[state * alphabet] = ends[state];
        }
        for (int i = 0; i < table.length; i++) {
            table[i] *= alphabet;
        }
        this.next = table;
    }

    /** An automaton for {@code lists}; a list may hold at most 32 of them (bit {@code i} for list {@code i}). */
    static WordAutomaton of(List<List<String>> lists) {
        if (lists.size() > Integer.SIZE) {
            throw new IllegalArgumentException("at most 32 word lists, got " + lists.size());
        }
        return new WordAutomaton(lists, false, false);
    }

    /**
     * {@link #of}, reading the text as lower case: {@code find(text)} is {@code
     * of(lists).find(text.toLowerCase(Locale.ROOT))}. Each character is lower-cased in place; a text
     * holding one whose lower case is not one character of its own (U+0130, a capital sigma, which
     * depends on its neighbours, a surrogate pair) is lower-cased whole instead.
     */
    static WordAutomaton caseBlind(List<List<String>> lists) {
        if (lists.size() > Integer.SIZE) {
            throw new IllegalArgumentException("at most 32 word lists, got " + lists.size());
        }
        return new WordAutomaton(lists, false, true);
    }

    /**
     * A token automaton: list {@code i} (bit {@code i}) is found when a token of the text (a run of
     * ASCII lower-case letters and digits) is one of its {@code tokens}, or starts with one of its
     * {@code prefixes}.
     */
    static WordAutomaton ofTokens(List<List<String>> tokens, List<List<String>> prefixes) {
        return new WordAutomaton(tokenWords(tokens, prefixes), true, false);
    }

    /** {@link #ofTokens}, reading the text as lower case, as {@link #caseBlind} does. */
    static WordAutomaton ofTokensCaseBlind(List<List<String>> tokens, List<List<String>> prefixes) {
        return new WordAutomaton(tokenWords(tokens, prefixes), true, true);
    }

    /** The words of a token automaton: each token between edges, each prefix after one. */
    private static List<List<String>> tokenWords(List<List<String>> tokens, List<List<String>> prefixes) {
        if (tokens.size() != prefixes.size() || tokens.size() > Integer.SIZE) {
            throw new IllegalArgumentException("one list of prefixes per list of tokens, at most 32");
        }
        List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<String> words = new ArrayList<>();
            tokens.get(i).forEach(t -> words.add(EDGE + t + EDGE));
            prefixes.get(i).forEach(p -> words.add(EDGE + p));
            lists.add(words);
        }
        return lists;
    }

    /** The bits of the lists with a word in {@code text}. */
    int find(String text) {
        if (tokenized) {
            return findTokens(text, "", false);
        }
        int state = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            int symbol = textSymbol(text.charAt(i));
            if (symbol < 0) {
                return findLowered(text.toLowerCase(Locale.ROOT));
            }
            state = next[state + symbol];
            bits |= found[state];
        }
        return bits;
    }

    /** {@code find(first + " " + second)}, read in place. */
    int find(String first, String second) {
        if (tokenized) {
            return findTokens(first, second, true);
        }
        int state = 0;
        int bits = 0;
        for (int i = 0; i < first.length(); i++) {
            int symbol = textSymbol(first.charAt(i));
            if (symbol < 0) {
                return findLowered((first + " " + second).toLowerCase(Locale.ROOT));
            }
            state = next[state + symbol];
            bits |= found[state];
        }
        state = next[state + textSymbol(' ')];
        bits |= found[state];
        for (int i = 0; i < second.length(); i++) {
            int symbol = textSymbol(second.charAt(i));
            if (symbol < 0) {
                return findLowered((first + " " + second).toLowerCase(Locale.ROOT));
            }
            state = next[state + symbol];
            bits |= found[state];
        }
        return bits;
    }

    /**
     * {@code find(first, second) | tokens.find(first, second) << shift}, reading the text once for both:
     * the two automata step side by side, so the processor runs their two chains of loads together.
     * This automaton is a case-blind word automaton, {@code tokens} a case-blind token automaton.
     */
    int findWith(WordAutomaton tokens, int shift, String first, String second) {
        if (tokenized || !caseBlind || !tokens.tokenized || !tokens.caseBlind) {
            throw new IllegalArgumentException("a case-blind word automaton with a case-blind token automaton");
        }
        int edge = tokens.symbol(EDGE);
        int state = 0;
        int bits = 0;
        int tokenState = tokens.next[edge];
        int tokenBits = tokens.found[tokenState];
        int length = first.length() + 1 + second.length();
        for (int i = 0; i < length; i++) {
            char c = i < first.length() ? first.charAt(i) : i == first.length() ? ' ' : second.charAt(i - first.length() - 1);
            int lower = lowerCase(c);
            if (lower < 0) {
                return find(first, second) | tokens.find(first, second) << shift;
            }
            state = next[state + (lower < 128 ? textSymbols[lower] : symbol((char) lower))];
            bits |= found[state];
            boolean inToken = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
            tokenState = tokens.next[tokenState + (inToken ? tokens.symbol((char) lower) : edge)];
            tokenBits |= tokens.found[tokenState];
        }
        tokenBits |= tokens.found[tokens.next[tokenState + edge]];
        return bits | tokenBits << shift;
    }

    /** {@link #find} of a text already lower-cased whole (each character read as it is). */
    private int findLowered(String lowered) {
        if (tokenized) {
            return findTokensLowered(lowered);
        }
        int state = 0;
        int bits = 0;
        for (int i = 0; i < lowered.length(); i++) {
            state = next[state + symbol(lowered.charAt(i))];
            bits |= found[state];
        }
        return bits;
    }

    /**
     * {@link #find} of {@code first} (and, when {@code joined}, a space and {@code second}) reading every
     * character outside a token as a token edge, with an edge before and after the text.
     */
    private int findTokens(String first, String second, boolean joined) {
        int edge = symbol(EDGE);
        int state = next[edge];
        int bits = found[state];
        int length = first.length() + (joined ? 1 + second.length() : 0);
        for (int i = 0; i < length; i++) {
            char c = i < first.length() ? first.charAt(i) : i == first.length() ? ' ' : second.charAt(i - first.length() - 1);
            int lower = caseBlind ? lowerCase(c) : c;
            if (lower < 0) {
                return findTokensLowered((joined ? first + " " + second : first).toLowerCase(Locale.ROOT));
            }
            boolean inToken = (lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9');
            state = next[state + (inToken ? symbol((char) lower) : edge)];
            bits |= found[state];
        }
        return bits | found[next[state + edge]];
    }

    private int findTokensLowered(String lowered) {
        int edge = symbol(EDGE);
        int state = next[edge];
        int bits = found[state];
        for (int i = 0; i < lowered.length(); i++) {
            char c = lowered.charAt(i);
            boolean inToken = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            state = next[state + (inToken ? symbol(c) : edge)];
            bits |= found[state];
        }
        return bits | found[next[state + edge]];
    }

    /** {@code c} lower-cased, or -1 when its lower case in a string is not this one character. */
    private static int lowerCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c) ? -1 : Character.toLowerCase(c);
    }

    private int symbol(char c) {
        return c < 128 ? asciiSymbols[c] : otherSymbols.getOrDefault(c, OTHER);
    }

    /** The symbol of a character of the text, read as lower case when case-blind; -1 when {@link #lowerCase} is. */
    private int textSymbol(char c) {
        if (c < 128) {
            return textSymbols[c];
        }
        if (!caseBlind) {
            return symbol(c);
        }
        int lower = lowerCase(c);
        return lower < 0 ? -1 : symbol((char) lower);
    }

    /**
     * Fills the transition table {@code table[number * alphabet + symbol]} (state numbers) and each
     * state's {@code ends} bits breadth-first: a missing edge follows the longest suffix that has one.
     */
    private void link(Trie trie, int[] table, int[] ends) {
        int[] fail = new int[trie.size()];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < alphabet; s++) {
            int child = trie.child(0, s);
            table[s] = Math.max(child, 0);
            if (child > 0) {
                queue.add(child);
            }
        }
        ends[0] = trie.ends.get(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            ends[state] = trie.ends.get(state) | ends[fail[state]];
            for (int s = 0; s < alphabet; s++) {
                int child = trie.child(state, s);
                int viaSuffix = table[fail[state] * alphabet + s];
                if (child > 0) {
                    fail[child] = viaSuffix;
                    table[state * alphabet + s] = child;
                    queue.add(child);
                } else {
                    table[state * alphabet + s] = viaSuffix;
                }
            }
        }
    }

    /** The words as a tree of characters, state 0 its root; used while building only. */
    private final class Trie {
        private final List<Map<Integer, Integer>> children = new ArrayList<>();
        private final List<Integer> ends = new ArrayList<>();

        Trie(List<List<String>> lists) {
            add();
            for (int list = 0; list < lists.size(); list++) {
                for (String word : lists.get(list)) {
                    int state = 0;
                    for (char c : word.toCharArray()) {
                        int s = symbol(c);
                        Integer child = children.get(state).get(s);
                        state = child != null ? child : add(state, s);
                    }
                    ends.set(state, ends.get(state) | 1 << list);
                }
            }
        }

        int size() {
            return ends.size();
        }

        /** The child of {@code state} by {@code symbol}, or -1. */
        int child(int state, int symbol) {
            return children.get(state).getOrDefault(symbol, -1);
        }

        private int add() {
            children.add(new HashMap<>());
            ends.add(0);
            return ends.size() - 1;
        }

        private int add(int parent, int symbol) {
            int state = add();
            children.get(parent).put(symbol, state);
            return state;
        }
    }
}
