package dev.verbatim.clean.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlePickerTest {

    private final TitlePicker picker = new TitlePicker();

    private static PageHints hints(Optional<String> h1, Optional<String> og, Optional<String> title) {
        return new PageHints(h1, og, title, List.of(), Optional.of("某网"), Optional.empty(), List.of(), List.of(),
                Optional.empty(), List.of());
    }

    @Test
    void prefersHeadline() {
        assertThat(picker.fromHints(hints(Optional.of("甲"), Optional.of("乙"), Optional.of("丙")))).contains("甲");
    }

    @Test
    void stripsUnderscoreSuffixFromDocumentTitle() {
        assertThat(picker.fromHints(hints(Optional.empty(), Optional.empty(), Optional.of("真标题_某网_免费视频"))))
                .contains("真标题");
    }

    @Test
    void stripsSiteSuffixFromOgTitle() {
        assertThat(picker.fromHints(hints(Optional.empty(), Optional.of("Real title - 某网"), Optional.empty())))
                .contains("Real title");
    }

    @Test
    void skipsCaptionWhenPickingPlainTitle() {
        List<SourceBlock> blocks = List.of(SourceBlock.line("图").withKind(SourceKind.CAPTION), SourceBlock.line("标题一二"));
        assertThat(picker.plainTitleIndex(blocks)).isEqualTo(1);
    }

    @Test
    void readsSiteFromTitleSuffixBeforeSpam() {
        assertThat(picker.siteFromTitle(hints(Optional.empty(), Optional.empty(), Optional.of("真标题_青禾报_免费视频_午夜")),
                "真标题")).contains("青禾报");
    }
}
