package dev.verbatim.clean.steps;

import dev.verbatim.clean.CleanSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoiseFilterTest {

    private final NoiseFilter filter = new NoiseFilter(CleanSettings.defaults().spam(), CleanSettings.defaults().boilerplate());

    private List<String> kept(String... lines) {
        return filter.filter(java.util.Arrays.stream(lines).map(SourceBlock::paragraph).toList()).blocks().stream()
                .map(SourceBlock::text).toList();
    }

    @Test
    void dropsUnderscoreKeywordStuffing() {
        assertThat(kept("免费电影_在线观看_高清视频_午夜剧场_精品专区_最新大片", "正文。")).containsExactly("正文。");
    }

    @Test
    void dropsPipeKeywordStuffing() {
        assertThat(kept("热门视频| 在线播放| 免费观看| 高清专区| 最新影院", "正文。")).containsExactly("正文。");
    }

    @Test
    void keepsLinkedWebAddressButDropsLinkedTitle() {
        List<SourceBlock> blocks = List.of(new SourceBlock(SourceKind.PARAGRAPH, "Read our story about the harbour", false, 1.0, false),
                new SourceBlock(SourceKind.PARAGRAPH, "https://shop.example/item/42", false, 1.0, false),
                new SourceBlock(SourceKind.PARAGRAPH, "www.example.org", false, 1.0, false));
        assertThat(filter.filter(blocks).blocks()).extracting(SourceBlock::text)
                .containsExactly("https://shop.example/item/42", "www.example.org");
    }

    @Test
    void dropsRepeatedCaption() {
        SourceBlock caption = new SourceBlock(SourceKind.CAPTION, "The old bridge at dawn.", false, 0, false);
        List<SourceBlock> blocks = List.of(caption, SourceBlock.paragraph("The bridge reopens."),
                SourceBlock.paragraph("The bridge reopens."), caption);
        assertThat(filter.filter(blocks).blocks()).extracting(SourceBlock::text)
                .containsExactly("The old bridge at dawn.", "The bridge reopens.", "The bridge reopens.");
    }

    @Test
    void dropsWidgetLabels() {
        assertThat(kept("Caption Close", "Image 2 of 7", "4", "Like this:", "Like Loading...", "Advert",
                "The bridge opens in 2021.", "Print Article", "3 of 5")).containsExactly("4", "The bridge opens in 2021.", "3 of 5");
    }

    @Test
    void keepsJapaneseSentenceWithManyCommas() {
        String sentence = "例えば、客は、店に置かれた赤い印をみて、それが老舗の品であると思い、あの味だな、と考えます。";
        assertThat(kept(sentence)).containsExactly(sentence);
    }

    @Test
    void keepsSentenceWithEnumerationComma() {
        assertThat(kept("租金上涨、师傅退休、口味改变、成本增加、人手不足，每一样都是难关。"))
                .containsExactly("租金上涨、师傅退休、口味改变、成本增加、人手不足，每一样都是难关。");
    }

    @Test
    void dropsBreadcrumbWithQuestionMarkSeparators() {
        assertThat(kept("当前位置: 首页 ? 资讯 ? 正文", "正文。")).containsExactly("正文。");
    }

    @Test
    void dropsDisclaimer() {
        assertThat(kept("正文。", "免责声明：本文仅代表作者观点，不代表本网立场。")).containsExactly("正文。");
    }

    @Test
    void keepsEditorsNoteOnEditing() {
        assertThat(kept("This interview has been edited for length and clarity."))
                .containsExactly("This interview has been edited for length and clarity.");
    }

    @Test
    void dropsEverythingFromCommentHeadingOn() {
        assertThat(kept("这是文章的正文内容。", "网友评论（2）", "网友小王：说得好")).containsExactly("这是文章的正文内容。");
    }

    @Test
    void dropsLongCommentSectionAfterLongArticle() {
        String article = "文章正文。".repeat(30);
        assertThat(kept(article, "评论", "网友甲：" + "很长的评论。".repeat(40))).containsExactly(article);
    }

    @Test
    void recordsRemovalReasonAndChars() {
        Filtered f = filter.filter(List.of(SourceBlock.paragraph("阅读原文")));
        assertThat(f.removed()).extracting(r -> r.reason() + ":" + r.chars()).containsExactly("boilerplate:4");
    }

    @Test
    void dropsEndMark() {
        assertThat(kept("正文。", "（完）")).containsExactly("正文。");
    }

    @Test
    void dropsReadingTimeNotice() {
        assertThat(kept("全文约3000字，阅读需要8分钟", "正文。")).containsExactly("正文。");
    }

    @Test
    void dropsBracketedPageButtons() {
        assertThat(kept("正文。", "【打印本页】【关闭窗口】")).containsExactly("正文。");
    }

    @Test
    void dropsSpaceSeparatedKeywordLine() {
        assertThat(kept("免费视频 在线观看 高清 av 午夜剧场 精品专区 最新大片 国产 日韩", "正文。")).containsExactly("正文。");
    }

    @Test
    void dropsLocationBreadcrumb() {
        assertThat(kept("您所在的位置：首页 > 财经", "正文。")).containsExactly("正文。");
    }

    @Test
    void commentTabAboveArticleDoesNotDropIt() {
        assertThat(kept("评论", "这是文章的第一段，足够长的正文内容。", "这是文章的第二段。")).containsExactly("评论",
                "这是文章的第一段，足够长的正文内容。", "这是文章的第二段。");
    }

    @Test
    void matchesRulesAgainstSimplifiedFormButKeepsOriginalText() {
        Filtered f = filter.filter(List.of(SourceBlock.paragraph("正文。"), SourceBlock.paragraph("轉載請注明出處")),
                List.of("正文。", "转载请注明出处"));
        assertThat(f.blocks()).extracting(SourceBlock::text).containsExactly("正文。");
    }
}
