package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each ending answers exactly as {@code find} of the end-anchored pattern it replaces. */
class TextEndingTest {

    private static final Map<String, TextEnding> ENDINGS = Map.of(
            "[.。!！]$", TextEnding.mark(".。!！"),
            "[.。!！][\"'”’)]?$", TextEnding.markMaybeClosed(".。!！", "\"'”’)"),
            "[。.!？?]\\s*[”\"』]$", TextEnding.markSpacedClosed("。.!？?", "”\"』"),
            "[?？]\\s*$", TextEnding.markThenSpaces("?？"));

    @Test
    void answersAsTheAnchoredPattern() {
        List<String> texts = texts();
        for (Map.Entry<String, TextEnding> e : ENDINGS.entrySet()) {
            Pattern p = Pattern.compile(e.getKey());
            for (String text : texts) {
                assertThat(e.getValue().endsIn(text)).as(e.getKey() + " on [" + text + "]")
                        .isEqualTo(p.matcher(text).find());
            }
        }
    }

    /** Every string of up to three characters from the marks, closers, spaces and terminators, after a word. */
    private static List<String> texts() {
        String alphabet = ".!?。？”\"a \t\n\r\u0085\u2028";
        List<String> out = new ArrayList<>(List.of("", "。", "“很好。”", "Why?  ", "Done.\r\n", "Done.\n\n"));
        for (char a : alphabet.toCharArray()) {
            out.add("x" + a);
            for (char b : alphabet.toCharArray()) {
                out.add("x" + a + b);
                out.add("" + a + b);
                for (char c : alphabet.toCharArray()) {
                    out.add("x" + a + b + c);
                }
            }
        }
        return out;
    }
}
