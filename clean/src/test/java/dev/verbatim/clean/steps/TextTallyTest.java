package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/** The one-walk tally gives each element the same facts as looking at that element's own text. */
class TextTallyTest {

    private static final String PAGE = "<body><div id=a><p>Am <b>3.</b> Mai</p><p>" + "x".repeat(118)
            + "<i>yz</i></p><span>责任编辑 <em>李四</em></span><ul><li>no digits here</li><li><a>１２</a></li></ul></div>"
            + "<div id=long><p>B " + "word ".repeat(30) + "<span>7</span></p></div></body>";

    @Test
    void fitsWhenTheElementHasAtMostThatManyLettersAndDigits() {
        Map<Element, HintElement> hints = tally(PAGE);
        hints.forEach((e, hint) -> {
            long letters = e.text().chars().filter(Character::isLetterOrDigit).count();
            assertThat(hint.fits(100)).as(e.cssSelector()).isEqualTo(letters <= 100);
            assertThat(hint.fits(TextTally.BOUND)).as(e.cssSelector()).isEqualTo(letters <= TextTally.BOUND);
        });
        assertThat(hints.values().stream().filter(h -> !h.fits(TextTally.BOUND))).isNotEmpty();
    }

    @Test
    void marksAndDigitsAreThoseOfTheTextAndOfTheChildrenOwnTexts() {
        Map<Element, HintElement> hints = tally(PAGE);
        hints.forEach((e, hint) -> {
            if (hint.fits(TextTally.BOUND)) {
                assertThat(hint.hasMark()).as(e.cssSelector()).isEqualTo(e.text().contains("编"));
            }
            boolean prints = ownDigit(e) || e.children().stream().anyMatch(TextTallyTest::ownDigit);
            assertThat(hint.printsDigits()).as(e.cssSelector()).isEqualTo(prints);
        });
        assertThat(hints.values().stream().filter(HintElement::printsDigits)).isNotEmpty();
        assertThat(hints.values().stream().filter(HintElement::hasMark)).isNotEmpty();
    }

    @Test
    void findsADigitAnywhereInLongTextsOfEitherWidth() {
        Random random = new Random(17);
        String[] fillers = {"word ", "新闻 ", "caf\u00e9 "};
        String[] digits = {"", "7", "\uFF17", "0", "\uFF10"};
        for (int round = 0; round < 300; round++) {
            StringBuilder page = new StringBuilder("<body>");
            for (int p = 0; p < 4; p++) {
                String filler = fillers[random.nextInt(fillers.length)];
                StringBuilder text = new StringBuilder(filler.repeat(random.nextInt(200)));
                text.insert(random.nextInt(text.length() + 1), digits[random.nextInt(digits.length)]);
                page.append("<p>").append(text).append("</p>");
            }
            Map<Element, HintElement> hints = tally(page.append("</body>").toString());
            hints.forEach((e, hint) -> assertThat(hint.printsDigits()).as(e.outerHtml())
                    .isEqualTo(ownDigit(e) || e.children().stream().anyMatch(TextTallyTest::ownDigit)));
        }
    }

    @Test
    void leadsAreTheLeadCharactersOfTheText() {
        Map<Element, HintElement> hints = tally(PAGE, "编", "B7");
        hints.forEach((e, hint) -> {
            if (hint.fits(TextTally.BOUND)) {
                assertThat(hint.hasLead()).as(e.cssSelector()).isEqualTo(e.text().contains("B") || e.text().contains("7"));
            }
        });
        assertThat(hints.values().stream().filter(HintElement::hasLead)).isNotEmpty();
    }

    private static boolean ownDigit(Element e) {
        return e.textNodes().stream().anyMatch(t -> t.getWholeText().matches("(?s).*[0-9０-９].*"));
    }

    /** Every element's hint, tallied in one walk as {@link PageHintReader} does. */
    private static Map<Element, HintElement> tally(String html) {
        return tally(html, "编", "");
    }

    private static Map<Element, HintElement> tally(String html, String marks, String leads) {
        TextTally tally = new TextTally(marks, leads);
        Map<Element, HintElement> hints = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    tally.text(t.getWholeText(), depth);
                } else if (node instanceof Element e) {
                    tally.open(depth);
                    hints.put(e, tally.hint(e, depth));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element) {
                    tally.close(depth);
                }
            }
        }, Jsoup.parse(html));
        return hints;
    }
}
