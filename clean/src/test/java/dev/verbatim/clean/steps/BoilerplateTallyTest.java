package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.Removal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** A removed markup element counts the characters of its data, as {@link Element#data()} would give them. */
class BoilerplateTallyTest {

    @Test
    void markupCountsItsDataAndTextElementsTheirText() {
        Document doc = Jsoup.parse("<script>var a = 1;<!-- x --></script><style>p { color: red }</style>"
                + "<svg><title>Logo</title><!-- drawn --><g><desc>a mark</desc></g></svg><div class=share>Share  this</div>");
        Document xml = Jsoup.parse("<math><mi><![CDATA[x < y]]></mi><!-- note --></math>", "", Parser.xmlParser());
        BoilerplateTally tally = new BoilerplateTally();
        int expected = 0;
        for (Element e : List.of(doc.selectFirst("script"), doc.selectFirst("style"), doc.selectFirst("svg"),
                xml.selectFirst("math"))) {
            tally.add("markup", e);
            expected += e.data().length();
        }
        tally.add("share", doc.selectFirst("div"));
        assertThat(expected).as("the fixture must hold data").isGreaterThan(30);
        assertThat(tally.removals()).containsExactly(new Removal("markup", expected),
                new Removal("share", "Share this".length()));
    }
}
