package dev.verbatim.clean.steps;

import dev.verbatim.model.Block;
import dev.verbatim.model.BlockType;
import dev.verbatim.model.Role;
import dev.verbatim.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes each speaker label: the full name and Latin-script name when the text introduces
 * them ({@code 伊利亚·苏茨克维(Ilya Sutskever)}), and the role: the asking side is the host.
 *
 * <p>Thread-safe: immutable once built.
 */
public final class SpeakerProfiler {

    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern LATIN_AFTER = Pattern.compile("\\s*[（(]\\s*(\\p{Lu}[\\p{L}.'’ -]{1,60}?)\\s*[)）]");
    private static final int MAX_GIVEN = 4;
    private static final TextEnding ASKS = TextEnding.markThenSpaces("?？");

    private final SpeakerRules rules;
    private final Set<String> hostWords;
    private final Set<String> guestWords;

    /** A profiler with the host threshold and role words of {@code rules}. */
    public SpeakerProfiler(SpeakerRules rules) {
        this.rules = rules;
        this.hostWords = Set.copyOf(rules.hostWords());
        this.guestWords = Set.copyOf(rules.guestWords());
    }

    /** One speaker per label, in the given order. */
    public List<Speaker> profile(Segmentation seg, List<String> context) {
        String hostLabel = askingLabel(seg);
        List<Speaker> out = new ArrayList<>();
        for (String label : seg.labels()) {
            String word = seg.roleWords().getOrDefault(label, "");
            Role role = roleOf(label, word, hostLabel, seg.labels().size());
            boolean roleOnly = hostWords.contains(label) || guestWords.contains(label);
            Optional<String[]> intro = roleOnly ? Optional.empty() : introduction(label, context);
            Optional<String> name = roleOnly ? Optional.empty() : Optional.of(intro.map(p -> p[0]).orElse(label));
            Optional<String> latin = intro.map(p -> p[1]).or(() -> !roleOnly && LATIN.matcher(label).find()
                    ? Optional.of(label) : Optional.empty());
            out.add(new Speaker(label, name, latin, role));
        }
        return out;
    }

    private Role roleOf(String label, String word, String hostLabel, int speakers) {
        if (hostWords.contains(label) || hostWords.contains(word)) {
            return Role.HOST;
        }
        if (guestWords.contains(label) || guestWords.contains(word)) {
            return Role.GUEST;
        }
        if (speakers < 2 || hostLabel.isEmpty()) {
            return Role.UNKNOWN;
        }
        return label.equals(hostLabel) ? Role.HOST : Role.GUEST;
    }

    /** The label whose turns most often end in a question, or empty. */
    private String askingLabel(Segmentation seg) {
        String best = "";
        double bestShare = rules.hostQuestionShare();
        for (String label : seg.labels()) {
            int turns = 0;
            int asks = 0;
            for (Block b : seg.blocks()) {
                if (b.type() == BlockType.TURN && b.speaker().orElse("").equals(label)) {
                    turns++;
                    asks += ASKS.endsIn(b.text()) ? 1 : 0;
                }
            }
            double share = turns == 0 ? 0 : asks / (double) turns;
            if (share > bestShare) {
                bestShare = share;
                best = label;
            }
        }
        return best;
    }

    /** {@code [full name, latin name]} from an introduction like {@code 名·姓(Latin Name)}. */
    private static Optional<String[]> introduction(String label, List<String> context) {
        for (String text : context) {
            for (int at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
                Matcher latin = LATIN_AFTER.matcher(text).region(at + label.length(), text.length());
                if (latin.lookingAt()) {
                    return Optional.of(new String[] {givenName(text, at) + label, latin.group(1)});
                }
            }
        }
        return Optional.empty();
    }

    /** The given name and middle dot written before a family name at {@code at} ({@code 伊利亚·}), or empty. */
    private static String givenName(String text, int at) {
        if (at < 2 || (text.charAt(at - 1) != '·' && text.charAt(at - 1) != '・')) {
            return "";
        }
        int start = at - 1;
        while (start > 0 && at - 1 - start < MAX_GIVEN && Character.UnicodeScript.of(text.charAt(start - 1))
                == Character.UnicodeScript.HAN) {
            start--;
        }
        return text.substring(start, at);
    }

}
