package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanSettings;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The scan gathers the page's article elements as a search after it would find them. */
class BoilerplateScannerTest {

    private final BoilerplateScanner scanner = new BoilerplateScanner(
            new BoilerplateHints(CleanSettings.defaults().extraction()));

    @Test
    void gathersTheArticlesLeftInThePageInPageOrder() {
        Random random = new Random(47);
        String[] parts = {"<article>", "</article>", "<div hidden>", "<div style='display:none'>", "</div>",
            "<noscript>", "</noscript>", "<template>", "</template>", "<figure><video></video>", "</figure>",
            "<p>Some text of the story.</p>", "<div class=sidebar>", "<svg>", "</svg>", "<section>", "</section>"};
        int articles = 0;
        for (int round = 0; round < 2_000; round++) {
            StringBuilder html = new StringBuilder("<body>");
            for (int k = random.nextInt(14); k > 0; k--) {
                html.append(parts[random.nextInt(parts.length)]);
            }
            Document doc = Jsoup.parse(html.append("</body>").toString());
            BoilerplateScanner.Marks marks = scanner.scan(doc.body(), new BoilerplateTally());
            assertThat(marks.articles()).as(html.toString()).containsExactlyElementsOf(doc.body().getElementsByTag("article"));
            articles += marks.articles().size();
        }
        assertThat(articles).as("the sweep must hold articles").isGreaterThan(300);
    }
}
