package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanSettings;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Heading roles on walked pages: what the walker hands on, and what the segmenter makes of it. */
class HeadingRolesTest {

    private static final String URL = "https://news.example/2024/interview";
    private static final String LONG_ZH = "这是一段足够长的正文，用来说明前面已经有了文章内容，后面的短行才可能是小标题。";
    private static final String LONG_EN = "This paragraph is long enough to be running body text of the story, not a title.";
    private final BlockWalker walker = new BlockWalker();
    private final TurnSegmenter segmenter = new TurnSegmenter(CleanSettings.defaults().speakers());

    private List<SourceBlock> walk(String html) {
        return walker.walk(Jsoup.parse(html, URL).body());
    }

    private List<String> kinds(String html) {
        return walk(html).stream().map(b -> b.kind() + (b.plain() ? "/plain" : "") + "|" + b.text()).toList();
    }

    private List<String> segmented(String html) {
        return segmenter.segment(walk(html)).blocks().stream()
                .map(b -> b.type().wireName() + b.speaker().map(s -> "[" + s + "]").orElse("") + "|" + b.text())
                .toList();
    }

    @Test
    void sectionH1InTheBodyIsAHeadingButTheHeadlineIsNot() {
        assertThat(kinds("<h1>Headline</h1><p>" + LONG_EN + "</p><h1>How Contingent Was It?</h1><p>More.</p>"))
                .containsExactly("PARAGRAPH|" + LONG_EN, "HEADING|How Contingent Was It?", "PARAGRAPH|More.");
    }

    @Test
    void pullQuoteBetweenParagraphsOfAnAnswerStaysInTheTurn() {
        String html = "<p><strong>Matt:</strong> Why?</p><p><strong>Adam:</strong> Because it is so.</p>"
                + "<h3>I do think the real constraints are the only ones that matter in the end.</h3>"
                + "<p>And that is political.</p><p><strong>Matt:</strong> Thanks.</p><p><strong>Adam:</strong> Sure.</p>";
        assertThat(segmented(html)).containsExactly("turn[Matt]|Why?",
                "turn[Adam]|Because it is so.\nI do think the real constraints are the only ones that matter in the end.\n"
                        + "And that is political.",
                "turn[Matt]|Thanks.", "turn[Adam]|Sure.");
    }

    @Test
    void shortTitleBetweenParagraphsStaysAHeading() {
        assertThat(kinds("<p>One.</p><h3>Kenya trip</h3><p>Two.</p>"))
                .containsExactly("PARAGRAPH|One.", "HEADING|Kenya trip", "PARAGRAPH|Two.");
    }

    @Test
    void headingTagWithNameAndColonIsASectionNotATurn() {
        String html = "<p><strong>Fischer:</strong> Frage eins?</p><p><strong>Precht:</strong> Antwort eins.</p>"
                + "<h3>Precht: Das Auto wird die Industrie vernichten</h3>"
                + "<p><strong>Fischer:</strong> Frage zwei?</p><p><strong>Precht:</strong> Antwort zwei.</p>";
        assertThat(segmented(html)).contains("heading|Precht: Das Auto wird die Industrie vernichten")
                .contains("turn[Precht]|Antwort zwei.");
    }

    @Test
    void headingTagHoldingOnlyALabelStartsATurn() {
        assertThat(segmented("<h3>王芳：</h3><p>你好。</p><h3>李雷：</h3><p>你好。</p><h3>王芳：</h3><p>再见。</p>"))
                .containsExactly("turn[王芳]|你好。", "turn[李雷]|你好。", "turn[王芳]|再见。");
    }

    @Test
    void plainCrossheadBetweenAnswerAndQuestionIsAHeading() {
        String html = "<p>" + LONG_ZH + "</p><p>记者：问题一？</p><p>张韫：回答一。</p><p>数据与分析同等重要</p>"
                + "<p>记者：所以未来的综合评价应该是怎样的状态？</p><p>张韫：回答二。</p>";
        assertThat(kinds(html)).contains("PARAGRAPH/plain|数据与分析同等重要");
        assertThat(segmented(html)).containsSubsequence("turn[张韫]|回答一。", "heading|数据与分析同等重要",
                "turn[记者]|所以未来的综合评价应该是怎样的状态？");
    }

    @Test
    void soundCueBetweenTurnsIsAParagraphNotACrosshead() {
        String html = "<p>" + LONG_EN + "</p><p>HOST: Welcome back to the show.</p><p>[MUSIC PLAYING]</p>"
                + "<p>HOST: So where do we start with all of this today?</p><p>GUEST: At the beginning.</p>";
        assertThat(segmented(html)).containsSubsequence("turn[HOST]|Welcome back to the show.", "paragraph|[MUSIC PLAYING]",
                "turn[HOST]|So where do we start with all of this today?");
    }

    @Test
    void shortLineInsideAnAnswerStaysInTheTurn() {
        String html = "<p>" + LONG_ZH + "</p><p>记者：问题一？</p><p>张韫：回答一。</p><p>第一点是市场</p>"
                + "<p>我们先做了调研，再决定进入哪些学校。</p><p>记者：问题二？</p><p>张韫：回答二。</p>";
        assertThat(segmented(html)).contains("turn[张韫]|回答一。\n第一点是市场\n我们先做了调研，再决定进入哪些学校。");
    }

    @Test
    void surveyNumbersAndRespondentLinesAreHeadings() {
        String html = "<p>" + LONG_ZH + "</p><p>1</p><p>贝莱德(431.2, 7.37, 1.74%)固定收益业务全球首席投资官：Rick Rieder</p>"
                + "<p><strong>债券市场存在泡沫吗？</strong></p><p>完全没有泡沫。</p>";
        assertThat(kinds(html)).containsExactly("PARAGRAPH|" + LONG_ZH, "HEADING|1",
                "HEADING|贝莱德(431.2, 7.37, 1.74%)固定收益业务全球首席投资官：Rick Rieder", "HEADING|债券市场存在泡沫吗？",
                "PARAGRAPH|完全没有泡沫。");
    }

    @Test
    void listItemsQuestionsAndShortLabelsAreNotCrossheads() {
        assertThat(kinds("<p>" + LONG_ZH + "</p><ul><li>第一条意见</li></ul><p>" + LONG_ZH + "</p>"
                + "<p>推荐</p><p>" + LONG_ZH + "</p><p>问题在哪里？</p><p>" + LONG_ZH + "</p>"))
                .containsExactly("PARAGRAPH|" + LONG_ZH, "PARAGRAPH|第一条意见", "PARAGRAPH|" + LONG_ZH, "PARAGRAPH|推荐",
                        "PARAGRAPH|" + LONG_ZH, "PARAGRAPH|问题在哪里？", "PARAGRAPH|" + LONG_ZH);
    }

    @Test
    void whollyBoldListItemsAreParagraphsButBoldLinesInTableLayoutsAreHeadings() {
        assertThat(kinds("<ul><li><strong>Key point</strong></li></ul><table><tr><td><p><b>个人简介：</b></p>"
                + "<p>李先生现任董事长。</p></td></tr></table>"))
                .containsExactly("PARAGRAPH|Key point", "HEADING|个人简介：", "PARAGRAPH|李先生现任董事长。");
    }

    @Test
    void longBoldQuestionIsNotAHeading() {
        String question = "Was there a moment when you realized the company had succeeded on a greater level than before?";
        assertThat(kinds("<p>One.</p><p><b>" + question + "</b></p><p>Two.</p>")).contains("PARAGRAPH|" + question);
    }

    @Test
    void roundUpLinkLinesTitlingSummariesAreHeadings() {
        String html = "<p>" + LONG_ZH + "</p>"
                + "<p><a href='/a'>证监会：继续推进长期资金入市</a></p><p>发言人表示将继续推进。</p><p>中央汇金已经入市。</p>"
                + "<p><a href='/b'>证监会已查明6起编造虚假信息案</a></p><p>已经查明6起案件。</p>"
                + "<p><a href='/c'>证监会部署第五批案件</a></p><p>涉及10起违法行为。</p>";
        List<SourceBlock> blocks = walk(html);
        assertThat(blocks).filteredOn(b -> b.kind() == SourceKind.HEADING)
                .extracting(b -> b.text() + "|" + b.linkDensity())
                .containsExactly("证监会：继续推进长期资金入市|0.0", "证监会已查明6起编造虚假信息案|0.0", "证监会部署第五批案件|0.0");
    }

    @Test
    void aLoneLinkLineStaysALink() {
        List<SourceBlock> blocks = walk("<p>" + LONG_EN + "</p><p><a href='/t'>Read the full transcript</a></p><p>"
                + LONG_EN + "</p>");
        assertThat(blocks.get(1).kind()).isEqualTo(SourceKind.PARAGRAPH);
        assertThat(blocks.get(1).linkDensity()).isEqualTo(1.0);
    }

    @Test
    void promoBoxHeadingGoesWithItsBox() {
        assertThat(kinds("<div><p>" + LONG_EN + "</p><h1><a href='https://donate.other.example/x'>Please consider "
                + "supporting us.</a></h1><h3>I am also on the job market!</h3></div>"))
                .containsExactly("PARAGRAPH|" + LONG_EN);
    }

    @Test
    void linkedSectionHeadingOnTheSameSiteStays() {
        assertThat(kinds("<div><p>" + LONG_EN + "</p><h2><a href='/part-two'>Part two</a></h2><p>Short.</p></div>"))
                .containsExactly("PARAGRAPH|" + LONG_EN, "HEADING|Part two", "PARAGRAPH|Short.");
    }

    @Test
    void ruleLinesAreNothing() {
        assertThat(kinds("<p>One.</p><h2>___</h2><p>* * *</p><p>———</p><p>Two.</p>"))
                .containsExactly("PARAGRAPH|One.", "PARAGRAPH|Two.");
    }

    @Test
    void longStandaloneBoldLineEndingInAColonIsAHeading() {
        String line = "These are the members of The Caucus, not all of whom participated in this special survey:";
        assertThat(kinds("<p>One.</p><p><b>" + line + "</b></p><p>Two.</p>")).contains("HEADING|" + line);
    }

    @Test
    void boldLineAfterNoBreakSpacesIsStillBoldLed() {
        SourceBlock b = walk("<p><br>&nbsp;&nbsp; <strong>记者：你通过什么渠道获取信息？</strong></p>").get(0);
        assertThat(b.kind()).isEqualTo(SourceKind.HEADING);
        assertThat(b.boldLead()).isTrue();
        assertThat(b.isHeadingTag()).isFalse();
    }

    @Test
    void inlineElementWrappingParagraphsKeepsThemApart() {
        assertThat(kinds("<font color=red><p><b>个人简介：</b></p><p>李先生现任董事长。</p></font>"))
                .containsExactly("HEADING|个人简介：", "PARAGRAPH|李先生现任董事长。");
    }

    @Test
    void adjacentBoldRunsAfterCjkPunctuationJoinWithoutSpace() {
        assertThat(kinds("<p><strong>英国M&amp;G固定收益副主管：</strong><strong>Stefan Isaacs</strong></p>"))
                .containsExactly("HEADING|英国M&G固定收益副主管：Stefan Isaacs");
        assertThat(walk("<p><a href='/q'>贝莱德</a><span>(431.2)</span>首席投资官</p>").get(0).text())
                .isEqualTo("贝莱德(431.2)首席投资官");
    }

    @Test
    void shortUntitledLineUnderAnImageParagraphIsItsCaption() {
        assertThat(kinds("<p>" + LONG_ZH + "</p><p><img src='a.jpg'></p><p>安化县一块花生地里正录制视频 李尕 摄</p>"
                + "<p><strong>“数字”赋能农业</strong></p><p><img src='b.jpg'></p><p>他说这是好事。</p>"))
                .containsExactly("PARAGRAPH|" + LONG_ZH, "CAPTION|安化县一块花生地里正录制视频 李尕 摄", "HEADING|“数字”赋能农业",
                        "PARAGRAPH|他说这是好事。");
    }
}
