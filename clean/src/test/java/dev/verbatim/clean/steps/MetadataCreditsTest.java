package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.clean.CleanSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Authors, editors and site from credits in the text and in the page hints. */
class MetadataCreditsTest {

    private final MetadataReader reader = new MetadataReader(CleanSettings.defaults().metadata(), CleanSettings.defaults().dates());

    private static PageHints hints(Optional<String> siteName, Optional<String> docTitle, List<String> authors,
            List<String> metaLines, List<String> bylines) {
        return new PageHints(Optional.of("标题"), Optional.empty(), docTitle, List.of(), siteName, Optional.empty(),
                authors, metaLines, Optional.empty(), bylines);
    }

    private MetadataResult read(PageHints hints, String... paragraphs) {
        return reader.read(Arrays.stream(paragraphs).map(SourceBlock::paragraph).toList(), hints, false, "zh");
    }

    private static final PageHints NONE = hints(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of());

    @Test
    void creditOpeningTheFirstParagraphIsCutAndGivesTheAuthor() {
        MetadataResult r = read(NONE, "〔記者陳一帆／台北報導〕財政部今天公布中獎清冊。", "第二段。");
        assertThat(r.metadata().authors() + "/" + r.blocks().get(0).text()).isEqualTo("[陳一帆]/財政部今天公布中獎清冊。");
    }

    @Test
    void commentatorCreditClosingTheLastParagraphIsCut() {
        MetadataResult r = read(NONE, "第一段。", "正是有了你们，才有这座城！（评论员 周岚 许青）");
        assertThat(r.metadata().authors() + "/" + r.blocks().get(1).text()).isEqualTo("[周岚, 许青]/正是有了你们，才有这座城！");
    }

    @Test
    void contributorProofreaderAndContactLinesAreDroppedAndNameNobody() {
        MetadataResult r = read(NONE, "Body text.", "Ann Lee in Boston contributed to this report.", "校对：刘青",
                "Jane Doe: 206-555-0100 or jdoe@tide.example");
        assertThat(r.blocks()).extracting(SourceBlock::text).containsExactly("Body text.");
        assertThat(r.metadata().authors()).isEmpty();
    }

    @Test
    void portalCreditedAsMetaAuthorIsNoAuthor() {
        PageHints h = hints(Optional.empty(), Optional.of("标题_潮汐财经"), List.of("潮汐"), List.of(), List.of());
        assertThat(read(h, "正文。").metadata().authors()).isEmpty();
    }

    @Test
    void personWhoseNameIsPartOfAWordOfTheSiteStaysAnAuthor() {
        PageHints h = hints(Optional.of("Leeds Times"), Optional.empty(), List.of("Lee", "Leeds Times"), List.of(), List.of());
        assertThat(read(h, "Body.").metadata().authors()).containsExactly("Lee");
    }

    @Test
    void staffCreditInMetaAuthorGivesTheSiteAndNoAuthor() {
        PageHints h = hints(Optional.of("潮汐网站"), Optional.empty(), List.of("晨光新聞記者"), List.of(), List.of());
        PageMetadata m = read(h, "正文。").metadata();
        assertThat(m.authors() + "/" + m.site().orElse("")).isEqualTo("[]/晨光新聞");
    }

    @Test
    void visibleBylineOutranksMetaAuthor() {
        PageHints h = hints(Optional.empty(), Optional.empty(), List.of("cms-account"), List.of(),
                List.of("By Ann Lee and Tom Ray"));
        assertThat(read(h, "Body.").metadata().authors()).containsExactly("Ann Lee", "Tom Ray");
    }

    @Test
    void outletInTheBylineBeatsSiteName() {
        PageHints h = hints(Optional.of("潮汐經濟"), Optional.empty(), List.of(), List.of("2020-10-04 15:05青禾報 記者陳一帆／即時報導"),
                List.of());
        PageMetadata m = read(h, "正文。").metadata();
        assertThat(m.authors() + "/" + m.site().orElse("")).isEqualTo("[陳一帆]/青禾報");
    }

    @Test
    void sourceFieldOfAHintLineIsTheSite() {
        PageHints h = hints(Optional.empty(), Optional.of("Title - Big Broadcaster"), List.of(),
                List.of("Source: Evening Radio | Duration: 3min 13sec"), List.of());
        assertThat(read(h, "Body.").metadata().site()).contains("Evening Radio");
    }
}
