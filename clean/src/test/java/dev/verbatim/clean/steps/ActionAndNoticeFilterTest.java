package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanSettings;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls to action, appeals, reliability and opinion notices, screen-reader labels. */
class ActionAndNoticeFilterTest {

    private final NoiseFilter filter = new NoiseFilter(CleanSettings.defaults().spam(), CleanSettings.defaults().boilerplate());

    private List<String> kept(String... lines) {
        return filter.filter(Arrays.stream(lines).map(SourceBlock::paragraph).toList()).blocks().stream()
                .map(SourceBlock::text).toList();
    }

    @Test
    void appDownloadAndHotlineAreDropped() {
        assertThat(kept("正文。", "不用抽 现在用APP看新闻 点我下载APP", "(本文来自潮汐新闻，更多原创资讯请下载“潮汐新闻”APP)",
                "潮汐新闻报料：4009-20-4009")).containsExactly("正文。");
    }

    @Test
    void supportAppealsAreDropped() {
        assertThat(kept("Body.", "请加入成为潮汐新闻的月费订户，长期支持我们的工作。", "Please consider supporting Tide Talk."))
                .containsExactly("Body.");
    }

    @Test
    void headingOfAPromoBoxGoesWithIt() {
        List<SourceBlock> blocks = List.of(SourceBlock.paragraph("Body."),
                SourceBlock.paragraph("What to know about the vote").withKind(SourceKind.HEADING),
                SourceBlock.paragraph("Today: Follow live updates from the count."),
                SourceBlock.paragraph("Newsletter: Sign up for our weekly politics newsletter."),
                SourceBlock.paragraph("More body."));
        assertThat(filter.filter(blocks).blocks()).extracting(SourceBlock::text).containsExactly("Body.", "More body.");
    }

    @Test
    void sectionHeadingAboveBodyTextStays() {
        List<SourceBlock> blocks = List.of(SourceBlock.paragraph("Harbour plans").withKind(SourceKind.HEADING),
                SourceBlock.paragraph("The plan is to rebuild."));
        assertThat(filter.filter(blocks).blocks()).hasSize(2);
    }

    @Test
    void transcriptReliabilityNoticeIsDroppedButEditorsNoteStays() {
        assertThat(kept("Transcripts are made available as soon as possible. They are not fully edited for grammar.",
                "This interview has been edited for length and clarity."))
                .containsExactly("This interview has been edited for length and clarity.");
    }

    @Test
    void opinionDisclaimersInSeveralLanguagesAreDropped() {
        assertThat(kept("Äußerungen unserer Gesprächspartner geben deren eigene Auffassungen wieder.",
                "Les propos tenus n'engagent que leurs auteurs.", "Las opiniones no reflejan necesariamente las del medio.",
                "The views expressed here are the author's own and do not necessarily reflect ours.", "Text."))
                .containsExactly("Text.");
    }

    @Test
    void screenReaderLabelIsCutFromTheCaption() {
        List<SourceBlock> blocks = List.of(new SourceBlock(SourceKind.CAPTION, "Media caption The mayor spoke", false, 0, false));
        Filtered f = filter.filter(blocks);
        assertThat(f.blocks().get(0).text() + "/" + f.simplified().get(0)).isEqualTo("The mayor spoke/The mayor spoke");
    }

    @Test
    void promoLinkTextIsDropped() {
        assertThat(kept("Body.", "Click here to read the full report.", "更多精彩，请关注潮汐新闻。")).containsExactly("Body.");
    }

    @Test
    void pagerIsDropped() {
        assertThat(kept("正文。", "[1] [2] [3] [4]")).containsExactly("正文。");
    }
}
