package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The automaton must answer exactly as a {@code contains} of every word of every list. */
class WordAutomatonTest {

    @Test
    void findsEveryListWithAWordInTheText() {
        WordAutomaton a = WordAutomaton.of(List.of(List.of("comment", "share"), List.of("tweet"),
                List.of("author", "hidden"), List.of("article", "body"), List.of("entry-content")));
        assertThat(a.find("post-comments sharebar")).isEqualTo(0b00001);
        assertThat(a.find("embedded-tweet")).isEqualTo(0b00010);
        assertThat(a.find("entry-content article-body")).isEqualTo(0b11000);
        assertThat(a.find("author-hidden")).isEqualTo(0b00100);
        assertThat(a.find("nothing here")).isZero();
        assertThat(a.find("")).isZero();
        assertThat(a.find("文章 comment")).isEqualTo(0b00001);
    }

    @Test
    void aWordInsideAnotherOrOverlappingIsStillFound() {
        WordAutomaton a = WordAutomaton.of(List.of(List.of("abcd"), List.of("bc"), List.of("cdx"), List.of("aab")));
        assertThat(a.find("abcdx")).isEqualTo(0b0111);
        assertThat(a.find("aaabc")).isEqualTo(0b1010);
        assertThat(a.find("abcabcd")).isEqualTo(0b0011);
    }

    @Test
    void agreesWithContainsOnRandomListsAndTexts() {
        Random random = new Random(20261130);
        String alphabet = "abcde-_ 评论x";
        int hits = 0;
        for (int round = 0; round < 300; round++) {
            List<List<String>> lists = new ArrayList<>();
            for (int l = random.nextInt(6) + 1; l > 0; l--) {
                List<String> words = new ArrayList<>();
                for (int w = random.nextInt(5); w > 0; w--) {
                    words.add(randomText(random, alphabet, 1 + random.nextInt(4)));
                }
                lists.add(words);
            }
            WordAutomaton a = WordAutomaton.of(lists);
            for (int t = 0; t < 50; t++) {
                String text = randomText(random, alphabet, random.nextInt(30));
                int expected = 0;
                for (int l = 0; l < lists.size(); l++) {
                    int list = l;
                    expected |= lists.get(l).stream().anyMatch(text::contains) ? 1 << list : 0;
                }
                assertThat(a.find(text)).as("%s in %s", lists, text).isEqualTo(expected);
                hits += expected != 0 ? 1 : 0;
            }
        }
        assertThat(hits).as("the sweep must find words and miss them").isBetween(1_000, 14_000);
    }

    @Test
    void aCaseBlindAutomatonReadsTheTextAsLowerCaseAndTwoPartsAsJoinedBySpace() {
        Random random = new Random(29);
        String alphabet = "abcABC-_ 评Ää\u212A\u0130\u03A3\u03C3\uD801\uDC00";
        int hits = 0;
        for (int round = 0; round < 300; round++) {
            List<List<String>> lists = new ArrayList<>();
            for (int l = random.nextInt(4) + 1; l > 0; l--) {
                List<String> words = new ArrayList<>();
                for (int w = random.nextInt(4); w > 0; w--) {
                    words.add(randomText(random, "abcki- 评ä\u0307\u03C3\u03C2\uD801\uDC28", 1 + random.nextInt(3)));
                }
                lists.add(words);
            }
            WordAutomaton blind = WordAutomaton.caseBlind(lists);
            WordAutomaton plain = WordAutomaton.of(lists);
            for (int t = 0; t < 50; t++) {
                String first = randomText(random, alphabet, random.nextInt(15));
                String second = randomText(random, alphabet, random.nextInt(15));
                String joined = (first + " " + second).toLowerCase(Locale.ROOT);
                assertThat(blind.find(first + " " + second)).as("%s in %s", lists, joined).isEqualTo(plain.find(joined));
                assertThat(blind.find(first, second)).as("%s in %s", lists, joined).isEqualTo(plain.find(joined));
                hits += plain.find(joined) != 0 ? 1 : 0;
            }
        }
        assertThat(hits).as("the sweep must find words").isGreaterThan(1_000);
    }

    @Test
    void aCaseBlindTokenAutomatonReadsTheTextAsLowerCase() {
        Random random = new Random(37);
        String alphabet = "adsTAGgpt-_ 1\u212A\u0130\u03A3K";
        List<List<String>> tokens = List.of(List.of("ad", "ads", "gpt", "k"), List.of("tag", "tags"));
        List<List<String>> prefixes = List.of(List.of("gpt", "adk"), List.of());
        WordAutomaton blind = WordAutomaton.ofTokensCaseBlind(tokens, prefixes);
        WordAutomaton plain = WordAutomaton.ofTokens(tokens, prefixes);
        int hits = 0;
        for (int t = 0; t < 5_000; t++) {
            String first = randomText(random, alphabet, random.nextInt(12));
            String second = randomText(random, alphabet, random.nextInt(12));
            String joined = (first + " " + second).toLowerCase(Locale.ROOT);
            assertThat(blind.find(first + " " + second)).as(joined).isEqualTo(plain.find(joined));
            assertThat(blind.find(first, second)).as(joined).isEqualTo(plain.find(joined));
            hits += plain.find(joined) != 0 ? 1 : 0;
        }
        assertThat(hits).as("the sweep must find tokens").isGreaterThan(500);
    }

    @Test
    void aWordAndATokenAutomatonReadTogetherAnswerAsEachAlone() {
        Random random = new Random(53);
        String alphabet = "adsTAGgptnv-_ 1\u212A\u0130\u03A3K评";
        WordAutomaton tokens = WordAutomaton.ofTokensCaseBlind(List.of(List.of("ad", "ads", "k"), List.of("tag")),
                List.of(List.of("gpt"), List.of()));
        WordAutomaton words = WordAutomaton.caseBlind(List.of(List.of("nav", "ad"), List.of("tag-", "评")));
        int hits = 0;
        for (int t = 0; t < 5_000; t++) {
            String first = randomText(random, alphabet, random.nextInt(12));
            String second = randomText(random, alphabet, random.nextInt(12));
            int expected = words.find(first, second) | tokens.find(first, second) << 5;
            assertThat(words.findWith(tokens, 5, first, second)).as(first + " " + second).isEqualTo(expected);
            hits += expected != 0 ? 1 : 0;
        }
        assertThat(hits).as("the sweep must find words and tokens").isGreaterThan(500);
    }

    @Test
    void tokenListsMatchWholeTokensAndTokenStarts() {
        WordAutomaton a = WordAutomaton.ofTokens(List.of(List.of("ad", "ads", "gpt"), List.of("tag", "tags")),
                List.of(List.of("advert", "dfp-"), List.of()));
        assertThat(a.find("ad")).isEqualTo(0b01);
        assertThat(a.find("top-ad banner")).isEqualTo(0b01);
        assertThat(a.find("header advertisement")).isEqualTo(0b01);
        assertThat(a.find("article-tags")).isEqualTo(0b10);
        assertThat(a.find("ads tag")).isEqualTo(0b11);
        assertThat(a.find("read adder shadow tagline")).isZero();
        assertThat(a.find("dfp-slot")).as("a prefix cannot end at a token edge it includes").isZero();
        assertThat(a.find("")).isZero();
    }

    @Test
    void tokenListsAgreeWithSplittingTheText() {
        Random random = new Random(11);
        List<String> tokens = List.of("ad", "ads", "b1", "tag");
        List<String> prefixes = List.of("adv", "ta");
        WordAutomaton a = WordAutomaton.ofTokens(List.of(tokens, List.of("x")), List.of(prefixes, List.of()));
        int hits = 0;
        for (int t = 0; t < 20_000; t++) {
            String text = randomText(random, "adstgvb1x- _", random.nextInt(14));
            boolean first = false;
            boolean second = false;
            for (String token : text.split("[^a-z0-9]+")) {
                first |= tokens.contains(token) || prefixes.stream().anyMatch(token::startsWith) && !token.isEmpty();
                second |= token.equals("x");
            }
            int expected = (first ? 1 : 0) | (second ? 2 : 0);
            assertThat(a.find(text)).as(text).isEqualTo(expected);
            hits += expected != 0 ? 1 : 0;
        }
        assertThat(hits).as("the sweep must find tokens and miss them").isBetween(1_000, 18_000);
    }

    @Test
    void refusesMoreListsThanBits() {
        assertThatThrownBy(() -> WordAutomaton.of(Collections.nCopies(33, List.of("a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("33");
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
