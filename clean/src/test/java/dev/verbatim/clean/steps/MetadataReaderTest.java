package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader(dev.verbatim.clean.CleanSettings.defaults().metadata(), dev.verbatim.clean.CleanSettings.defaults().dates());

    private MetadataResult readPlain(String... lines) {
        return reader.read(java.util.Arrays.stream(lines).map(SourceBlock::line).toList(), PageHints.none(), true, "zh");
    }

    @Test
    void cutsBylineGluedToLastParagraph() {
        MetadataResult r = readPlain("标题在这里", "最后一段话。(作者|张三,编辑|李四)");
        assertThat(r.blocks()).extracting(SourceBlock::text).containsExactly("最后一段话。");
    }

    @Test
    void readsNamesFromGluedByline() {
        PageMetadata m = readPlain("标题在这里", "最后一段话。(作者|张三,编辑|李四)").metadata();
        assertThat(m.authors() + "/" + m.editors()).isEqualTo("[张三]/[李四]");
    }

    @Test
    void takesFirstShortLineOfPlainPageAsTitle() {
        assertThat(readPlain("一个标题", "正文第一段。").metadata().title()).isEqualTo("一个标题");
    }

    @Test
    void addsChinaOffsetToLocalTimeOnChinesePage() {
        PageMetadata m = readPlain("一个标题", "时间:2024-05-06 07:08", "正文。").metadata();
        assertThat(m.publishedAt().map(Object::toString)).contains("2024-05-06T07:08+08:00");
    }

    @Test
    void inArticleSourceWinsOverSiteName() {
        PageHints hints = new PageHints(Optional.of("标题"), Optional.empty(), Optional.empty(), List.of(),
                Optional.of("门户网"), Optional.empty(), List.of(), List.of(), Optional.empty(), List.of());
        MetadataResult r = reader.read(List.of(SourceBlock.paragraph("来源：新华社"), SourceBlock.paragraph("正文。")),
                hints, false, "zh");
        assertThat(r.metadata().site()).contains("新华社");
    }

    @Test
    void interviewQuestionsAndProseMentioningReportersGiveNoAuthors() {
        List<String> metaLines = List.of("記者：您怎麼看這件事？", "記者：那麼下一步呢？", "記者：最後一個問題。",
                "我與外國記者溝通，他們很直率。公關部把全文印成了書。");
        PageHints hints = new PageHints(Optional.of("标题"), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of(), metaLines, Optional.empty(), List.of());
        MetadataResult r = reader.read(List.of(SourceBlock.paragraph("正文。")), hints, false, "zh");
        assertThat(r.metadata().authors()).isEmpty();
        PageHints byline = new PageHints(Optional.of("标题"), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of(), List.of("记者 王芳"), Optional.empty(), List.of());
        assertThat(reader.read(List.of(SourceBlock.paragraph("正文。")), byline, false, "zh").metadata().authors())
                .containsExactly("王芳");
    }

    @Test
    void recurringSpeakerLeadIsNotMetadata() {
        MetadataResult r = readPlain("一个标题", "记者：好吗", "甲：好。", "记者：是吗", "甲：是。");
        assertThat(r.blocks()).hasSize(4);
    }
}
