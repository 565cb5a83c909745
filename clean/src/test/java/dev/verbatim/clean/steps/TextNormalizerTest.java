package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void collapsesMixedSpacesAndTrims() {
        assertThat(TextNormalizer.line("\u3000\u3000甲 \u00A0\t乙\n丙  ")).isEqualTo("甲 乙 丙");
    }

    @Test
    void dropsZeroWidthCharacters() {
        assertThat(TextNormalizer.line("a\u200Bb\uFEFF")).isEqualTo("ab");
    }

    @Test
    void returnsNormalTextUnchanged() {
        assertThat(TextNormalizer.line("已经 正常")).isEqualTo("已经 正常");
    }

    @Property(tries = 300)
    void isIdempotent(@ForAll String s) {
        String once = TextNormalizer.line(s);
        assertThat(TextNormalizer.line(once)).isEqualTo(once);
    }

    @Property(tries = 300)
    void neverStartsOrEndsWithSpace(@ForAll String s) {
        String out = TextNormalizer.line(s);
        assertThat(out.isEmpty() || (out.charAt(0) != ' ' && out.charAt(out.length() - 1) != ' ')).isTrue();
    }

    @Test
    void isTheTextWithoutInvisibleCharactersAndWithEachRunOfSpacesOneSpace() {
        java.util.Random random = new java.util.Random(41);
        String alphabet = "ab 甲\u00A0\u3000\t\n\u200B\uFEFF\u00AD\u0007\u202Ee\u00E9";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            StringBuilder visible = new StringBuilder();
            s.chars().filter(c -> !TextNormalizer.isInvisible((char) c))
                    .forEach(c -> visible.append(TextNormalizer.isSpace((char) c) ? ' ' : (char) c));
            String expected = visible.toString().replaceAll(" +", " ").strip();
            assertThat(TextNormalizer.line(s)).as("'%s'", s).isEqualTo(expected);
        }
    }

    @Test
    void aPlainCharacterIsNeverSpaceNorInvisible() {
        int plain = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (TextNormalizer.isPlain(c)) {
                plain++;
                assertThat(TextNormalizer.isSpace(c) || TextNormalizer.isInvisible(c)).as("U+%04X", (int) c).isFalse();
            }
        }
        assertThat(plain).as("the fast path must cover ASCII and the CJK blocks").isGreaterThan(50_000);
    }
}
