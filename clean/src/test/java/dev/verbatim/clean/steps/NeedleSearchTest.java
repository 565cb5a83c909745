package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One pass for all needles must find exactly what one search per needle finds. */
class NeedleSearchTest {

    private static final List<RegexScreen.Needle> NEEDLES = List.of(new RegexScreen.Needle("ab", false),
            new RegexScreen.Needle("Ab", false), new RegexScreen.Needle("abc", true), new RegexScreen.Needle("免责", false),
            new RegexScreen.Needle("b免", true), new RegexScreen.Needle("äb", true), new RegexScreen.Needle("c", false),
            new RegexScreen.Needle("ba", true), new RegexScreen.Needle("a", true));
    /** Upper and lower case, a letter that only Unicode folding joins to k, and Han. */
    private static final String ALPHABET = "aAbBcCäÄ免责\u212Ak ";

    @Test
    void findsTheNeedlesThatOneSearchEachFinds() {
        NeedleSearch search = new NeedleSearch(NEEDLES);
        Random random = new Random(10);
        for (int round = 0; round < 5_000; round++) {
            String text = randomText(random, random.nextInt(12));
            assertThat(search.foundIn(text)).as(text).isEqualTo(oneByOne(text));
            assertThat(search.anyIn(text)).as(text).isEqualTo(!oneByOne(text).isEmpty());
        }
    }

    @Test
    void caseBlindNeedlesFoldOnlyAsciiLettersAsTheRegexDoes() {
        NeedleSearch search = new NeedleSearch(List.of(new RegexScreen.Needle("kelvin", true),
                new RegexScreen.Needle("äb", true)));
        assertThat(search.foundIn("KELVIN").get(0)).isTrue();
        assertThat(search.foundIn("\u212Aelvin").get(0)).isFalse();
        assertThat(search.foundIn("äB").get(1)).isTrue();
        assertThat(search.foundIn("ÄB").get(1)).isFalse();
        NeedleSearch unicode = NeedleSearch.unicodeCaseBlind(List.of(new RegexScreen.Needle("kelvin", true),
                new RegexScreen.Needle("äb", true)));
        assertThat(unicode.anyIn("\u212Aelvin")).isTrue(); // UNICODE_CASE folds the Kelvin sign to k
        assertThat(unicode.anyIn("ÄB")).isTrue();
        assertThat(unicode.anyIn("kelvi")).isFalse();
        assertThat(search.size()).isEqualTo(2);
    }

    @Test
    void noNeedlesFindNothing() {
        assertThat(new NeedleSearch(List.of()).foundIn("anything").isEmpty()).isTrue();
        assertThat(new NeedleSearch(List.of()).anyIn("anything")).isFalse();
    }

    private static BitSet oneByOne(String text) {
        BitSet found = new BitSet();
        List<Pattern> patterns = new ArrayList<>();
        for (RegexScreen.Needle n : NEEDLES) {
            patterns.add(Pattern.compile((n.folded() ? "(?i)" : "") + Pattern.quote(n.text())));
        }
        for (int i = 0; i < patterns.size(); i++) {
            found.set(i, patterns.get(i).matcher(text).find());
        }
        return found;
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
