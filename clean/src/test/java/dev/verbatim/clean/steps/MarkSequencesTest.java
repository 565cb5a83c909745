package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The sequence look never misses a pair or a digit run of the element's line, and passes over most texts without one. */
class MarkSequencesTest {

    private static final MarkSequences SEQUENCES = new MarkSequences(List.of("By", "Ed"), 4);

    @Test
    void findsEverySequenceOfTheLineHoweverMarkupOrInvisibleCharactersPartIt() {
        Random random = new Random(29);
        String[] pieces = {"B", "y", "By", "b", "Y", "E", "d", "2", "20", "2021", "x", " ", "\u200B", "\u00AD", "news", "7 "};
        int found = 0;
        int passedOver = 0;
        for (int round = 0; round < 1000; round++) {
            StringBuilder html = new StringBuilder("<p>");
            int open = 0;
            for (int k = random.nextInt(9); k >= 0; k--) {
                switch (random.nextInt(4)) {
                    case 0 -> {
                        html.append("<span>");
                        open++;
                    }
                    case 1 -> {
                        if (open > 0) {
                            html.append("</span>");
                            open--;
                        }
                    }
                    default -> html.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            html.append("</span>".repeat(open)).append("</p>");
            for (Element e : Jsoup.parse(html.toString()).body().select("p, span")) {
                String line = TextNormalizer.line(e.text());
                boolean holds = line.contains("By") || line.contains("Ed") || line.matches("(?s).*[0-9]{4}.*");
                if (holds) {
                    assertThat(SEQUENCES.in(e)).as(e.outerHtml()).isTrue();
                    found++;
                } else if (!SEQUENCES.in(e)) {
                    passedOver++;
                }
            }
        }
        assertThat(found).isPositive();
        assertThat(passedOver).as("elements without a sequence are passed over").isPositive();
    }

    @Test
    void aTextWithoutAPairOrARunHasNone() {
        assertThat(SEQUENCES.in(p("Bye now"))).isTrue();
        assertThat(SEQUENCES.in(p("E\u200Bdited"))).isTrue();
        assertThat(SEQUENCES.in(p("In 2021"))).isTrue();
        assertThat(SEQUENCES.in(p("Baby yes 123 x"))).isFalse();
        assertThat(SEQUENCES.in(p("B y, by, BY, 12 34"))).isFalse();
        assertThat(SEQUENCES.leads()).isEqualTo("BE0123456789");
    }

    @Test
    void aPairIsTwoLettersOrDigits() {
        assertThatThrownBy(() -> new MarkSequences(List.of("B"), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'B'");
    }

    private static Element p(String text) {
        return Jsoup.parse("<p>" + text + "</p>").selectFirst("p");
    }
}
