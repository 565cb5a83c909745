package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final String URL = "https://x.example/archive/night-market.md";
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final BlockWalker walker = new BlockWalker();

    private List<String> blocks(String markdown) {
        Document doc = renderer.render(markdown, URL);
        return walker.walk(doc.body()).stream().map(b -> b.kind() + "|" + b.text()).toList();
    }

    @Test
    void frontMatterBecomesHeadMetadata() {
        Document doc = renderer.render("---\ntitle: \"Night market\"\ndate: \"2019-03-02\"\nauthor: Ana Ruiz\n"
                + "tags:\n  - food\nlang: en\n---\n# Night market\n\nStalls reopen.\n", URL);
        assertThat(doc.title()).isEqualTo("Night market");
        assertThat(doc.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Night market");
        assertThat(doc.selectFirst("meta[property=article:published_time]").attr("content")).isEqualTo("2019-03-02");
        assertThat(doc.selectFirst("meta[name=keywords]").attr("content")).isEqualTo("food");
        assertThat(doc.selectFirst("script[type=application/ld+json]").data())
                .isEqualTo("{\"@type\":\"Article\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}]}");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.body().text()).isEqualTo("Stalls reopen.");
    }

    @Test
    void hintsReadTheFrontMatterLikeMetaTags() {
        PageHints hints = new PageHintReader(dev.verbatim.clean.CleanSettings.defaults().dates(),
                dev.verbatim.clean.CleanSettings.defaults().metadata()).read(renderer.render(
                "---\ntitle: \"夜市重開\"\ndate: \"2019-03-02\"\nauthor: 陳小文\n---\n\n# 夜市重開\n\n正文。\n", URL));
        assertThat(hints.ogTitle()).contains("夜市重開");
        assertThat(hints.published()).extracting(c -> c.time().local().toLocalDate().toString()).containsExactly("2019-03-02");
        assertThat(hints.authors()).containsExactly("陳小文");
    }

    @Test
    void leadingHashHeadingIsTheHeadlineAndLaterOnesAreSections() {
        Document doc = renderer.render("# Night market\n\nIntro.\n\n# First stall\n\nText.\n", URL);
        assertThat(doc.select("h1").eachText()).containsExactly("Night market");
        assertThat(blocks("# Night market\n\nIntro.\n\n# First stall\n\nText.\n"))
                .containsExactly("PARAGRAPH|Intro.", "HEADING|First stall", "PARAGRAPH|Text.");
    }

    @Test
    void hashHeadingThatRepeatsTheFrontMatterTitleIsDropped() {
        Document doc = renderer.render("---\ntitle: \"Night market: stalls reopen\"\n---\n# Night market\n\nText.\n", URL);
        assertThat(doc.select("h1, h2")).isEmpty();
        assertThat(doc.body().text()).isEqualTo("Text.");
    }

    @Test
    void hashHeadingThatDiffersFromTheFrontMatterTitleIsASection() {
        Document doc = renderer.render("---\ntitle: Night market\n---\n# Opening hours\n\nText.\n", URL);
        assertThat(doc.select("h1")).isEmpty();
        assertThat(doc.select("h2").eachText()).containsExactly("Opening hours");
    }

    @Test
    void boldLabelLinesAreLabelBlocksBeforeTheirTurns() {
        assertThat(blocks("**Ana** [0:00]\nWelcome to the show.\nGlad you're here.\n\n**Tom Field** [1:17]\nThanks.\n"))
                .containsExactly("PARAGRAPH|Ana [0:00]", "PARAGRAPH|Welcome to the show. Glad you're here.",
                        "PARAGRAPH|Tom Field [1:17]", "PARAGRAPH|Thanks.");
        assertThat(blocks("**Ana:**\nWelcome.\n**Tom:**\nThanks.\n"))
                .containsExactly("HEADING|Ana:", "PARAGRAPH|Welcome.", "HEADING|Tom:", "PARAGRAPH|Thanks.");
    }

    @Test
    void inlineLabelsAndHeadingLabelsKeepTheirShape() {
        assertThat(blocks("**Ana:** Welcome.\n\n### Tom：\n\nThanks.\n"))
                .containsExactly("PARAGRAPH|Ana: Welcome.", "HEADING|Tom：", "PARAGRAPH|Thanks.");
    }

    @Test
    void markupIsNotText() {
        String md = "Stalls reopen at dusk.  \nThe queue forms early.\n\n"
                + "[Related: the old market](https://x.example/old)\n\n---\n\n"
                + "> (second part)\n\nAt \\[03:54\\] the lights go on.\n\n"
                + "<figure>\n<img src=\"a.jpg\" alt=\"stalls\">\n<figcaption>Stalls at dusk. Photo: Ana Ruiz</figcaption>\n</figure>\n\n"
                + "*Closing* words with **stress**.\n";
        assertThat(blocks(md)).containsExactly("PARAGRAPH|Stalls reopen at dusk.", "PARAGRAPH|The queue forms early.",
                "PARAGRAPH|(second part)", "PARAGRAPH|At [03:54] the lights go on.",
                "CAPTION|Stalls at dusk. Photo: Ana Ruiz", "PARAGRAPH|Closing words with stress.");
    }

    @Test
    void linkOnlyLinesInsideParagraphsAndListsAreDropped() {
        assertThat(blocks("Read on.\n[More](https://x.example/m)\nStill here.\n\n- [Item](https://x.example/i)\n- A plain item\n"))
                .containsExactly("PARAGRAPH|Read on. Still here.", "PARAGRAPH|A plain item");
    }
}
