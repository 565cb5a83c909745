package dev.verbatim.clean.steps;

import dev.verbatim.clean.steps.RegexScreen.CharSet;
import dev.verbatim.clean.steps.RegexScreen.Needle;
import dev.verbatim.clean.steps.RegexScreen.Requirement;
import dev.verbatim.clean.steps.RegexScreen.Unsupported;
import java.util.BitSet;

/**
 * Reads a regular expression (Java syntax, no flags) far enough to say what every match of it
 * holds, for {@link RegexScreen}: a recursive descent over alternatives, sequences and atoms that
 * throws {@link Unsupported} on syntax it does not follow.
 *
 * <p>Not thread-safe: one reader per expression.
 */
final class RegexReader {

    /** An atom that is one plain character, or else what every match of it holds. */
    private record Atom(char literal, Requirement requirement) {

        static final Atom OPAQUE = new Atom('\0', Requirement.NONE);

        boolean isLiteral() {
            return literal != '\0';
        }
    }

    /** Escapes that match one character of a class, or nothing (boundaries). */
    private static final String CLASS_ESCAPES = "dDsSwWhHvVRXbBAzZGtnrfae";

    private final String regex;
    /** Whether the whole expression is read blind to case, as compiled with {@code CASE_INSENSITIVE}. */
    private final boolean caseBlind;
    private int pos;

    RegexReader(String regex) {
        this(regex, false);
    }

    RegexReader(String regex, boolean caseBlind) {
        this.regex = regex;
        this.caseBlind = caseBlind;
    }

    /** What every match of the whole expression holds. */
    Requirement whole() {
        Requirement r = alternation(caseBlind);
        if (pos != regex.length()) {
            throw new Unsupported(); // an unbalanced ')'
        }
        return r;
    }

    private Requirement alternation(boolean fold) {
        Requirement r = sequence(fold);
        while (at('|')) {
            pos++;
            r = r.or(sequence(fold));
        }
        return r;
    }

    /** A run of atoms up to {@code |}, {@code )} or the end; plain characters in a row make a needle. */
    private Requirement sequence(boolean fold) {
        Requirement found = Requirement.NONE;
        StringBuilder run = new StringBuilder();
        while (pos < regex.length() && !at('|') && !at(')')) {
            Atom a = atom(fold);
            int min = quantifierMin();
            if (a.isLiteral() && min != 0) {
                found = found.and(Requirement.of(charSet(a.literal(), fold)));
            }
            if (a.isLiteral() && min < 0) {
                run.append(fold && a.literal() >= 'A' && a.literal() <= 'Z' ? (char) (a.literal() + 32) : a.literal());
                continue;
            }
            found = found.and(runEnd(run, fold));
            if (min != 0) {
                found = found.and(a.requirement());
            }
        }
        return found.and(runEnd(run, fold));
    }

    private static Requirement runEnd(StringBuilder run, boolean fold) {
        if (run.length() == 0) {
            return Requirement.NONE;
        }
        Requirement r = Requirement.of(new Needle(run.toString(), fold));
        run.setLength(0);
        return r;
    }

    private Atom atom(boolean fold) {
        char c = regex.charAt(pos);
        switch (c) {
            case '\\':
                return escape();
            case '[':
                return characterClass(fold);
            case '(':
                return group(fold);
            case '.', '^', '$':
                pos++;
                return Atom.OPAQUE;
            case '{', '}', ']', '?', '*', '+':
                throw new Unsupported();
            default:
                pos++;
                return new Atom(c, Requirement.NONE);
        }
    }

    /** An escape outside a class: a quoted character, or a class or boundary (opaque). */
    private Atom escape() {
        char d = charAfterBackslash();
        if (Character.isLetter(d)) {
            skipClassEscape(d);
            return Atom.OPAQUE;
        }
        if (Character.isDigit(d)) {
            throw new Unsupported(); // a back reference or an octal escape
        }
        return new Atom(d, Requirement.NONE);
    }

    /** Steps over the backslash and the character after it; returns that character. */
    private char charAfterBackslash() {
        pos++;
        if (pos >= regex.length()) {
            throw new Unsupported();
        }
        return regex.charAt(pos++);
    }

    /** Steps over the rest of a letter escape {@code d} already read: {@code \p{…}} or a one-letter class. */
    private void skipClassEscape(char d) {
        if (d == 'p' || d == 'P') {
            if (at('{')) {
                int close = regex.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                pos++;
            }
        } else if (CLASS_ESCAPES.indexOf(d) < 0) {
            throw new Unsupported(); // quoting, named references, hex or code-point escapes
        }
    }

    /** A character class: its members when it is a plain list or ranges, else opaque. */
    private Atom characterClass(boolean fold) {
        pos++;
        boolean plain = !at('^');
        pos += plain ? 0 : 1;
        if (at(']')) {
            throw new Unsupported();
        }
        BitSet members = new BitSet();
        while (!at(']')) {
            if (pos >= regex.length() || at('[') || regex.startsWith("&&", pos)) {
                throw new Unsupported();
            }
            int c = classMember();
            if (c < 0) {
                plain = false;
            } else if (at('-') && pos + 1 < regex.length() && regex.charAt(pos + 1) != ']') {
                pos++;
                int to = classMember();
                if (to < c) {
                    throw new Unsupported();
                }
                members.set(c, to + 1);
            } else {
                members.set(c);
            }
        }
        pos++;
        return plain && !members.isEmpty() ? new Atom('\0', Requirement.of(folded(members, fold)))
                : Atom.OPAQUE;
    }

    /** One member of a class: its character, or -1 for a class escape ({@code \s}, {@code \p{L}}). */
    private int classMember() {
        if (!at('\\')) {
            return regex.charAt(pos++);
        }
        char d = charAfterBackslash();
        if (Character.isLetterOrDigit(d)) {
            if (Character.isDigit(d)) {
                throw new Unsupported();
            }
            skipClassEscape(d);
            return -1;
        }
        return d;
    }

    private Atom group(boolean fold) {
        pos++;
        Requirement inner;
        if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
            pos += 2;
            inner = alternation(fold);
        } else if (regex.startsWith("?i:", pos)) {
            pos += 3;
            inner = alternation(true);
        } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)
                || regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
            pos += regex.charAt(pos + 1) == '<' ? 3 : 2;
            alternation(fold);
            inner = Requirement.NONE; // a look-around consumes nothing
        } else if (regex.startsWith("?<", pos) && pos + 2 < regex.length() && Character.isLetter(regex.charAt(pos + 2))) {
            pos = regex.indexOf('>', pos) + 1; // a named group: (?<name>…)
            if (pos == 0) {
                throw new Unsupported();
            }
            inner = alternation(fold);
        } else if (at('?')) {
            throw new Unsupported(); // inline flags
        } else {
            inner = alternation(fold);
        }
        if (!at(')')) {
            throw new Unsupported();
        }
        pos++;
        return new Atom('\0', inner);
    }

    /**
     * The fewest repeats the quantifier after an atom allows, or -1 when there is none (exactly
     * once); steps over a lazy or possessive mark.
     */
    private int quantifierMin() {
        int min;
        if (at('?') || at('*')) {
            min = 0;
            pos++;
        } else if (at('+')) {
            min = 1;
            pos++;
        } else if (at('{')) {
            min = repeatMin();
        } else {
            return -1;
        }
        if (at('?') || at('+')) {
            pos++;
        }
        return min;
    }

    /** {@code {n}}, {@code {n,}} or {@code {n,m}}: returns n. */
    private int repeatMin() {
        int close = regex.indexOf('}', pos);
        String body = close < 0 ? "" : regex.substring(pos + 1, close);
        if (!body.matches("\\d{1,4}(?:,\\d{0,4})?")) {
            throw new Unsupported();
        }
        pos = close + 1;
        int comma = body.indexOf(',');
        return Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
    }

    private boolean at(char c) {
        return pos < regex.length() && regex.charAt(pos) == c;
    }

    private static CharSet charSet(char c, boolean fold) {
        BitSet members = new BitSet();
        members.set(c);
        return folded(members, fold);
    }

    /** {@code members}, with the other case of each ASCII letter added under {@code (?i)}. */
    private static CharSet folded(BitSet members, boolean fold) {
        if (fold) {
            for (char c = 'a'; c <= 'z'; c++) {
                char upper = (char) (c - 32);
                if (members.get(c) || members.get(upper)) {
                    members.set(c);
                    members.set(upper);
                }
            }
        }
        return CharSet.of(members);
    }
}
