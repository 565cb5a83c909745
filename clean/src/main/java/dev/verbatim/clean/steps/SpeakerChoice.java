package dev.verbatim.clean.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which candidate labels of a page are speakers and which short label each stands for.
 * Aliases are one speaker under the short form used on the turns: {@code 主持人 王芳} and
 * {@code 王芳}; {@code Karin Fischer} and {@code Fischer}; {@code Shannon Crabill} and
 * {@code Shannon}; {@code Thomas Malone} and {@code Mr Malone}; {@code EZRA KLEIN} and {@code Ezra Klein}
 * (the first form seen). A label whose lines are not sentences is a field name, not a speaker. A label is a
 * speaker when it recurs, or is a Q&amp;A marker; beside a recurring speaker also when it is set in
 * bold, is a role word, or is defined in the lede ({@code 以下简称NBD}); beside two recurring
 * speakers also when the page names that person elsewhere (a guest who speaks once).
 *
 * <p>Thread-safe: immutable once built.
 */
final class SpeakerChoice {

    /** A statement ends with a full stop or an exclamation, not a question mark as headings may. */
    private static final TextEnding STATEMENT_END = TextEnding.markMaybeClosed("。.!！…", "”\"’」』)）");
    /** Speech ends a sentence: a full stop, question or exclamation mark, or an ellipsis, maybe inside quotes. */
    private static final TextEnding SPEECH_END = TextEnding.markMaybeClosed("。.!！?？…", "”\"’」』");
    /** Text after a label this long, in characters, is speech even without an end mark (raw transcripts). */
    private static final int LONG_SPEECH = 100;
    /** Longest line, in characters, that can be a speaker's name standing alone. */
    private static final int MAX_NAME_LINE = 40;
    /** Fewest characters of the one line of a guest who speaks once. */
    private static final int MIN_SPEECH = 10;

    private final SpeakerRules rules;
    private final LabelParser parser;
    private final Pattern notASpeaker;
    private final List<ScreenedPattern> definitions;
    private final Set<String> honorifics;

    SpeakerChoice(SpeakerRules rules, LabelParser parser) {
        this.rules = rules;
        this.parser = parser;
        this.notASpeaker = Pattern.compile(rules.notSpeakers().isEmpty() ? "(?!)"
                : "^(?:" + String.join("|", rules.notSpeakers()) + ")");
        this.definitions = rules.labelDefinitions().stream().map(ScreenedPattern::compile).toList();
        this.honorifics = Set.copyOf(rules.honorifics());
    }

    /** The speakers of a page whose blocks have the candidate labels {@code matches}. */
    Speakers choose(List<Optional<LabelMatch>> matches, List<SourceBlock> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (Optional<LabelMatch> m : matches) {
            if (m.isPresent() && !notASpeaker.matcher(m.get().label()).find()) {
                counts.merge(m.get().label(), 1, Integer::sum);
                roles.merge(m.get().label(), m.get().role(), (a, b) -> a.isEmpty() ? b : a);
            }
        }
        Map<String, String> aliases = new HashMap<>();
        Map<String, String> merged = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : roles.entrySet()) {
            String shortForm = shortForm(e.getKey(), roles.keySet());
            aliases.put(e.getKey(), shortForm);
            if (!shortForm.equals(e.getKey())) {
                counts.merge(shortForm, counts.get(e.getKey()), Integer::sum);
                merged.merge(shortForm, e.getValue(), (a, b) -> a.isEmpty() ? b : a);
            }
        }
        Map<String, String> chosen = accepted(roles, aliases, counts, matches, blocks);
        chosen.keySet().removeIf(label -> !speaks(label, aliases, matches));
        chosen.replaceAll((label, role) -> role.isEmpty() ? merged.getOrDefault(label, "") : role);
        return new Speakers(chosen.size() >= rules.minSpeakers() ? chosen : Map.of(), aliases, rules.hostWords());
    }

    private Map<String, String> accepted(Map<String, String> roles, Map<String, String> aliases,
            Map<String, Integer> counts, List<Optional<LabelMatch>> matches, List<SourceBlock> blocks) {
        Set<String> recurring = new HashSet<>();
        roles.keySet().stream().filter(l -> aliases.get(l).equals(l) && counts.get(l) >= rules.minLabelRepeats())
                .forEach(recurring::add);
        int opening = firstIndexOf(recurring, aliases, matches);
        Set<String> strong = strongLabels(matches, blocks, opening);
        Set<String> defined = definedLabels(blocks);
        Map<String, String> out = new LinkedHashMap<>();
        roles.forEach((label, role) -> {
            if (!aliases.get(label).equals(label)) {
                return;
            }
            boolean once = !recurring.isEmpty() && (strong.contains(label) || parser.isRoleWord(label)
                    || defined.contains(bare(label))) && amidTurns(label, recurring, aliases, matches);
            boolean guest = recurring.size() >= rules.minSpeakers() && speaksOnce(label, matches)
                    && amidTurns(label, recurring, aliases, matches) && mentioned(label, matches, blocks);
            if (counts.get(label) >= rules.minLabelRepeats() || parser.isQaMarker(label) || once || guest) {
                out.put(label, role);
            }
        });
        return out;
    }

    /**
     * True when the lines of {@code label} read as speech: at least half of those with text after the label end a
     * sentence or run long. Field lists ({@code Producers: A, B}, {@code 落札価格：6,000,000円(税別)}) do not.
     */
    private static boolean speaks(String label, Map<String, String> aliases, List<Optional<LabelMatch>> matches) {
        int lines = 0;
        int sentences = 0;
        for (Optional<LabelMatch> m : matches) {
            if (m.isPresent() && label.equals(aliases.get(m.get().label())) && !m.get().rest().isEmpty()) {
                String rest = m.get().rest();
                lines++;
                sentences += rest.length() >= LONG_SPEECH || SPEECH_END.endsIn(rest) ? 1 : 0;
            }
        }
        return sentences * 2 >= lines;
    }

    /** The short form {@code label} stands for among the page's {@code labels}, or itself. */
    private String shortForm(String label, Set<String> labels) {
        for (String other : labels) {
            if (other.equals(label)) {
                break;
            }
            if (other.equalsIgnoreCase(label)) {
                return other;
            }
        }
        for (String other : labels) {
            if (label.length() <= other.length()) {
                continue;
            }
            if (label.endsWith(other)) {
                String head = label.substring(0, label.length() - other.length());
                if (head.endsWith("·") || head.endsWith("・") || head.endsWith(" ") || parser.isRoleWord(head.strip())) {
                    return other;
                }
            } else if (label.startsWith(other + " ") && Character.isUpperCase(other.codePointAt(0))) {
                return other;
            }
            if (isHonorificForm(other, label)) {
                return other;
            }
        }
        return label;
    }

    /** True when {@code shortForm} is an honorific and the surname of {@code fullName}: {@code Mr Malone}, {@code Thomas Malone}. */
    private boolean isHonorificForm(String shortForm, String fullName) {
        int space = shortForm.indexOf(' ');
        int last = fullName.lastIndexOf(' ');
        return space > 0 && last > 0 && honorifics.contains(shortForm.substring(0, space))
                && shortForm.substring(space + 1).equals(fullName.substring(last + 1))
                && !honorifics.contains(fullName.substring(0, fullName.indexOf(' ')));
    }

    /** The label without the title marks or brackets of an outlet label ({@code 《21世纪》}). */
    private static String bare(String label) {
        return label.replaceAll("^[《【〔]|[》】〕]$", "");
    }

    /** Where the first label of a recurring speaker is, or the number of blocks. */
    private static int firstIndexOf(Set<String> recurring, Map<String, String> aliases,
            List<Optional<LabelMatch>> matches) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).filter(m -> recurring.contains(aliases.getOrDefault(m.label(), ""))).isPresent()) {
                return i;
            }
        }
        return matches.size();
    }

    /**
     * Labels set in bold, {@code <strong>Name:</strong>} before text or alone in its paragraph once the
     * conversation has begun: speakers even when used once. Before it, a bold line ending in a colon is a
     * heading ({@code 个人简介：}); a bold term before lower-case text is a definition
     * ({@code <b>Dockerfile:</b> the instructions…}).
     */
    private static Set<String> strongLabels(List<Optional<LabelMatch>> matches, List<SourceBlock> blocks, int opening) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            SourceBlock b = blocks.get(i);
            boolean ledByBold = b.boldLead() && b.kind() == SourceKind.PARAGRAPH;
            boolean boldAlone = b.kind() == SourceKind.HEADING && !b.plain() && i > opening;
            matches.get(i).filter(m -> ledByBold ? !m.rest().isEmpty() && !Character.isLowerCase(m.rest().codePointAt(0))
                    : boldAlone && m.rest().isEmpty()).ifPresent(m -> out.add(m.label()));
        }
        return out;
    }

    /** Labels a lede defines: {@code …记者（以下简称NBD）}. */
    private Set<String> definedLabels(List<SourceBlock> blocks) {
        Set<String> out = new LinkedHashSet<>();
        if (definitions.isEmpty()) {
            return out;
        }
        for (SourceBlock b : blocks) {
            for (ScreenedPattern p : definitions) {
                Optional<Matcher> m = p.matcher(b.text());
                while (m.isPresent() && m.get().find()) {
                    out.add(bare(m.get().group("label").strip()));
                }
            }
        }
        return out;
    }

    /**
     * True when the one labelled line of {@code label} is speech, a sentence rather than a heading
     * ({@code 价值函数:…?}), or the label stands alone on its line before its speech.
     */
    private static boolean speaksOnce(String label, List<Optional<LabelMatch>> matches) {
        return matches.stream().flatMap(Optional::stream).filter(m -> m.label().equals(label))
                .allMatch(m -> m.rest().isEmpty() || (m.rest().length() >= MIN_SPEECH
                        && !Character.isLowerCase(m.rest().codePointAt(0)) && STATEMENT_END.endsIn(m.rest())));
    }

    /** True when a recurring speaker's label stands within two blocks of each line of {@code label}. */
    private static boolean amidTurns(String label, Set<String> recurring, Map<String, String> aliases,
            List<Optional<LabelMatch>> matches) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).filter(m -> m.label().equals(label)).isPresent()
                    && !(recurringAt(i - 2, recurring, aliases, matches) || recurringAt(i - 1, recurring, aliases, matches)
                    || recurringAt(i + 1, recurring, aliases, matches) || recurringAt(i + 2, recurring, aliases, matches))) {
                return false;
            }
        }
        return true;
    }

    private static boolean recurringAt(int i, Set<String> recurring, Map<String, String> aliases,
            List<Optional<LabelMatch>> matches) {
        return i >= 0 && i < matches.size()
                && matches.get(i).filter(m -> recurring.contains(aliases.getOrDefault(m.label(), ""))).isPresent();
    }

    /** True when a block other than a labelled one of {@code label} names it: the page knows this person. */
    private static boolean mentioned(String label, List<Optional<LabelMatch>> matches, List<SourceBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            boolean own = matches.get(i).filter(m -> m.label().equals(label)).isPresent();
            String text = blocks.get(i).text();
            int at = text.indexOf(label);
            if (at > 0 || (at == 0 && !own)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speakers of a page.
     *
     * @param roles     speaker label to the role word it was introduced with, or empty, in order of first appearance
     * @param aliases   candidate label to the speaker label it stands for
     * @param hostWords role words of the asking side
     */
    record Speakers(Map<String, String> roles, Map<String, String> aliases, List<String> hostWords) {

        /** No speakers: the page is read without turns. */
        static final Speakers NONE = new Speakers(Map.of(), Map.of(), List.of());

        String canonical(LabelMatch m) {
            return aliases.getOrDefault(m.label(), m.label());
        }

        boolean contains(String label) {
            return roles.containsKey(label);
        }

        /**
         * The speaker whose name is the whole of {@code text} in any letter case, a label line without a colon
         * ({@code EZRA KLEIN} alone before the speech); empty when the page has no such speaker.
         */
        Optional<String> named(String text) {
            if (roles.isEmpty() || text.length() > MAX_NAME_LINE) {
                return Optional.empty();
            }
            for (Map.Entry<String, String> alias : aliases.entrySet()) {
                if (alias.getKey().equalsIgnoreCase(text) && roles.containsKey(alias.getValue())
                        && alias.getKey().codePointCount(0, alias.getKey().length()) > 1) {
                    return Optional.of(alias.getValue());
                }
            }
            return Optional.empty();
        }

        /** Speaker label to the role word it was introduced with, for the labels that had one. */
        Map<String, String> roleWords() {
            Map<String, String> out = new HashMap<>();
            roles.forEach((label, role) -> {
                if (!role.isEmpty()) {
                    out.put(label, role);
                }
            });
            return out;
        }

        /**
         * The label that asks: the only one whose labelled paragraphs are set wholly in bold, else the only
         * speaker that is a host role word; empty when the page does not tell.
         */
        String asker(List<Optional<String>> turnLabels, List<SourceBlock> blocks) {
            Set<String> bold = new LinkedHashSet<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).boldWhole()) {
                    turnLabels.get(i).ifPresent(bold::add);
                }
            }
            if (bold.size() == 1) {
                return bold.iterator().next();
            }
            List<String> hosts = new ArrayList<>(roles.keySet());
            hosts.retainAll(hostWords);
            return hosts.size() == 1 ? hosts.get(0) : "";
        }
    }
}
