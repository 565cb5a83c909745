package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.model.Removal;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainContentExtractorTest {

    private static final String P1 = "The council approved the new budget on Tuesday, after a long"
            + " debate about schools, roads and the future of the harbour district.";
    private static final String P2 = "Opponents argued that the plan, which raises fees for"
            + " parking, would hurt small shops, but the mayor said the city had no choice.";
    private static final String P3 = "The vote was seven to four, and the budget takes effect in"
            + " January, when the first repairs to the old bridge are due to begin.";

    private final MainContentExtractor extractor = new MainContentExtractor(dev.verbatim.clean.CleanSettings.defaults().extraction());

    private String extract(String body) {
        Extraction x = extractor.extract(Jsoup.parse("<html><body>" + body + "</body></html>",
                "https://example.org/news/1"));
        return ReaderText.render(x.content());
    }

    private static String p(String text) {
        return "<p>" + text + "</p>";
    }

    @Test
    void picksArticleOverLongerCommentSection() {
        String comment = "I disagree with this, frankly, and so do my neighbours, who all pay"
                + " more than enough already, thank you very much.";
        String html = "<div class=\"story\">" + p(P1) + p(P2) + "</div>"
                + "<div id=\"comments\">" + p(comment).repeat(4) + "</div>";
        assertThat(extract(html)).isEqualTo(P1 + "\n" + P2);
    }

    @Test
    void dropsNavigationShareBarRelatedListAndHiddenText() {
        String html = "<nav><ul><li><a href=/a>Home</a></li><li><a href=/b>World</a></li></ul></nav>"
                + "<div class=\"article-body\">" + p(P1)
                + "<div class=\"share-tools\"><a href=/fb>Share on Facebook</a> Share this</div>"
                + p(P2)
                + "<div style=\"display: none\">Subscribe now, only one dollar, today only.</div>"
                + "<span aria-hidden=\"true\">Screen readers skip this icon label.</span>"
                + "<ul class=\"related-links\"><li><a href=/c>Another story about budgets</a></li>"
                + "<li><a href=/d>Yet another story, about bridges</a></li></ul>"
                + p(P3) + "</div>";
        assertThat(extract(html)).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void keepsFigureCaption() {
        String html = "<article>" + p(P1) + "<figure><img src=x.jpg><figcaption>The old bridge"
                + " at dawn.</figcaption></figure>" + p(P2) + "</article>";
        assertThat(extract(html)).isEqualTo(P1 + "\nThe old bridge at dawn.\n" + P2);
    }

    @Test
    void extractsChinesePageWithoutClassHints() {
        String a = "市议会周二通过了新的预算，此前就学校、道路和港区的未来进行了长时间的辩论。";
        String b = "反对者认为，这项提高停车费的计划会伤害小商店，但市长表示，城市别无选择。";
        String html = "<div><div><a href=/1>首页</a> <a href=/2>国际</a> <a href=/3>财经</a></div></div>"
                + "<div><div>" + p(a) + p(b) + "</div></div>"
                + "<div><a href=/4>版权所有，转载请注明出处</a></div>";
        assertThat(extract(html)).isEqualTo(a + "\n" + b);
    }

    @Test
    void mergesSiblingContainersOfOneArticle() {
        String html = "<div id=wrap><div class=\"body-part\">" + p(P1) + p(P2) + "</div>"
                + "<div class=\"inline-break\"></div>"
                + "<div class=\"body-part\">" + p(P3) + p(P1) + "</div></div>"
                + "<div class=\"sidebar\">" + p(P2) + "</div>";
        assertThat(extract(html)).isEqualTo(P1 + "\n" + P2 + "\n" + P3 + "\n" + P1);
    }

    @Test
    void skipsArticleListingBesideTheStory() {
        String teaser = "<article><h2><a href=/t>A story</a></h2><div>" + p(P2) + p(P1) + "</div></article>";
        String html = "<div id=main><article class=\"story\">" + p(P1) + p(P3) + "</article>"
                + "<article><h3>You may like</h3>" + teaser.repeat(3) + "</article></div>";
        assertThat(extract(html)).isEqualTo(P1 + "\n" + P3);
    }

    @Test
    void keepsLiveBlogMadeOfArticleEntries() {
        String html = "<div class=\"live\"><article>" + p(P1) + "</article><article>" + p(P2)
                + "</article><article>" + p(P3) + "</article></div>";
        assertThat(extract(html)).isEqualTo(P1 + "\n" + P2 + "\n" + P3);
    }

    @Test
    void mergesDeeplyNestedSectionWithTheSameClass() {
        String deep = "<div class=\"part\"><div><div><div><div><div><div>" + p(P1) + p(P2) + p(P3) + p(P2)
                + "</div></div></div></div></div></div></div>";
        String shallow = "<div class=\"part\"><div><div><div><div>" + p(P3) + p(P1) + p(P2) + p(P3) + p(P1)
                + "</div></div></div></div></div>";
        String html = "<div id=body>" + deep + "<div class=\"aside\"><a href=/v>Watch the video</a></div>"
                + shallow + "</div>";
        assertThat(extract(html)).isEqualTo(String.join("\n", P1, P2, P3, P2, P3, P1, P2, P3, P1));
    }

    @Test
    void keepsSubheadingInsideArticle() {
        String html = "<article>" + p(P1) + "<h2>What happens next</h2>" + p(P2) + p(P3)
                + "</article><footer>" + p("Copyright, the Example Gazette, all rights reserved.")
                + "</footer>";
        assertThat(extract(html)).isEqualTo(P1 + "\nWhat happens next\n" + P2 + "\n" + P3);
    }

    @Test
    void keepsArticleHeaderWithHeadlineAndLead() {
        String html = "<header class=\"site\"><a href=/>Gazette</a> <a href=/w>World</a></header>"
                + "<article><header><h2>Budget passes</h2><p>A late vote, a long night.</p></header>"
                + p(P1) + p(P2) + "</article>";
        assertThat(extract(html)).isEqualTo(
                "Budget passes\nA late vote, a long night.\n" + P1 + "\n" + P2);
    }

    @Test
    void recordsRemovedSubtreesByReason() {
        String html = "<article>" + p(P1) + p(P2) + "<div class=\"social-share\">Tweet this</div>"
                + "<script>var x = 1;</script></article>";
        Extraction x = extractor.extract(Jsoup.parse(html, "https://example.org/"));
        assertThat(x.removed()).containsExactly(new Removal("script", 10),
                new Removal("share", 10));
    }
}
